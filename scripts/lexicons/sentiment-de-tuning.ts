// German tuning set for the tone metric: comments written for Listen First (project licence), labelled by hand.
// One "label text" a line: + positive, 0 neutral, - negative. No line is copied or adapted from any data set.
// scripts/lexicons/sentiment-de-report.ts tunes on the odd lines and checks on the even ones.
export const TONE_TUNING_DE = `
+ Super Service, die Bestellung war schon am nächsten Tag da!
- Seit drei Wochen warte ich auf mein Paket, langsam reicht es.
0 Wann öffnet die Filiale in der Hauptstraße wieder?
+ Vielen Dank für die schnelle Hilfe, hat alles geklappt.
- Die App stürzt bei jedem Start ab, echt nervig.
0 Gibt es den Pulli auch in Größe M?
+ Mega lecker, wir kommen auf jeden Fall wieder!
- Der Kundenservice ist eine Frechheit, niemand meldet sich.
0 Die neue Filiale eröffnet am 1. März in der Innenstadt.
+ Ich bin total begeistert von der Qualität.
- Nicht wirklich gut, die Farbe ist nach zwei Wäschen verblasst.
0 Kann man die Rechnung auch per PayPal bezahlen?
+ Gar nicht schlecht für den Preis!
- Alles andere als zufrieden mit der Beratung.
0 Laut Pressemitteilung steigen die Preise ab Januar um drei Prozent.
+ Top Beratung im Laden, sehr freundliche Mitarbeiterin.
- Kein guter Tag für euren Support: drei Anrufe, keine Lösung.
0 Ich habe gestern eine Mail geschickt, die Bestellnummer steht im Betreff.
+ Suuuper, genau das habe ich gesucht 😍
- Neeein, schon wieder verschoben?!
0 Hallo, ist der Artikel noch auf Lager?
+ Hammerangebot, hab direkt zwei bestellt.
- Katastrophenservice, nie wieder bestelle ich hier.
0 Der Termin wurde auf Donnerstag, 14 Uhr, verlegt.
+ Echt nice, das neue Design gefällt mir richtig gut.
- Was für ein Mistladen, Ware kaputt und keiner fühlt sich zuständig.
0 Weiß jemand, ob die Aktion auch online gilt?
+ Läuft bei euch, weiter so!
- Totaler Fail, die Lieferung kam ohne die Hälfte der Teile.
0 Wir haben die Öffnungszeiten auf unserer Seite aktualisiert.
+ Danke, das war wirklich hilfreich.
- Das Internet geht seit Tagen nicht, und die Hotline ist nicht erreichbar.
0 Bitte schickt mir die Unterlagen per Post.
+ Die Pizza war der Hammer, Kompliment an die Küche!
- Das Essen war kalt und der Kellner unfreundlich.
0 Morgen bleibt das Geschäft wegen einer Inventur geschlossen.
+ Schnelle Lieferung, gut verpackt, alles bestens.
- Die Verpackung war beschädigt und das Glas zerbrochen.
0 Welche Zahlungsarten bietet ihr an?
+ Meine Tochter liebt das Spiel, danke für die Empfehlung.
- Für den Preis eine absolute Enttäuschung.
0 Das Update bringt eine neue Suchfunktion und einen dunklen Modus.
+ Die Mitarbeiter sind immer hilfsbereit und geduldig.
- Wieder eine Stunde in der Warteschleife, unmöglich.
0 In welcher Stadt ist das Lager?
+ Endlich mal ein Shop, bei dem alles reibungslos läuft.
- Ich bin maßlos enttäuscht von eurem Verhalten.
0 Die Veranstaltung beginnt um 19 Uhr, Einlass ab 18 Uhr.
+ Mega geiles Konzert gestern, danke an die Band!
- Sauteuer und schmeckt nach nichts.
0 Ich bestelle meistens am Wochenende.
+ Voll cool, dass ihr das so schnell gelöst habt.
- Die Rückerstattung dauert ewig, seit sechs Wochen kein Geld.
0 Die Abholung ist von Montag bis Freitag möglich.
+ Klasse Idee, bitte mehr davon!
- Das ist doch ein schlechter Witz.
0 Habt ihr eine Filiale in Köln?
+ Ich bin rundum zufrieden und empfehle euch gern weiter.
- Zum dritten Mal falsch geliefert, ich bin echt sauer.
0 Der Versand erfolgt mit DHL.
+ Das Hotel war traumhaft, das Personal super nett.
- Das Zimmer war dreckig und roch muffig.
0 Check-in ist ab 15 Uhr möglich.
+ Beste Pommes der Stadt!
- Die schlechteste Pizza, die ich je gegessen habe.
0 Gibt es auch vegane Gerichte auf der Karte?
+ Ein Traum von einem Kuchen.
- Der Kuchen war trocken und viel zu süß.
0 Der Laden hat jetzt auch sonntags geöffnet.
+ Krasser Sound, hab Gänsehaut bekommen.
- Die Tickets waren überteuert und der Sound miserabel.
0 Das Konzert wurde in die größere Halle verlegt.
+ Ich feier euch, bester Podcast überhaupt.
- Die Folge war ziemlich langweilig, leider.
0 Die nächste Folge erscheint am Freitag.
+ Wow, das Ergebnis kann sich sehen lassen.
- Das Ergebnis ist enttäuschend, da war mehr drin.
0 Das Ergebnis wird am Montag veröffentlicht.
+ Einfach perfekt, danke für alles.
- Einfach nur peinlich, was ihr da abliefert.
0 Einfach auf den Link in der Mail klicken.
+ Die Hotline war freundlich und kompetent.
- Die Hotline ist ein Witz, nach 40 Minuten aufgelegt.
0 Die Hotline ist werktags von 8 bis 18 Uhr erreichbar.
+ Schnell, unkompliziert und günstig, was will man mehr.
- Kompliziert, teuer und langsam, was soll das?
0 Die Preise gelten bis Ende des Monats.
+ Bin schwer beeindruckt, Respekt!
- Bin schwer enttäuscht, so geht man nicht mit Kunden um.
0 Bin gespannt, was die neue Saison bringt.
+ Voll lieb von euch, vielen Dank!
- Voll daneben, so eine Antwort.
0 Ich warte noch auf die Bestätigung per Mail.
+ Das war eine sehr angenehme Erfahrung.
- Das war eine sehr unangenehme Erfahrung.
0 Das war eine Erfahrung, die ich mit meinem Bruder gemacht habe.
+ Ganz großes Lob an das Team in Hamburg.
- Großer Mist, das neue Menü.
0 Das Team in Hamburg ist ab sofort auch für Bremen zuständig.
+ Die Jacke ist warm, bequem und sieht gut aus.
- Die Jacke ist nach einem Monat gerissen.
0 Die Jacke gibt es in Schwarz und Blau.
+ Liebe es! 😍😍
- Hasse diese neuen Regeln.
0 Liebe Grüße und einen schönen Tag noch.
+ Ihr seid die Besten!
- Ihr seid echt das Letzte.
0 Ihr seid heute bis 20 Uhr da, oder?
+ Es hat gar nicht lange gedauert, top!
- Es hat ewig gedauert und am Ende war es falsch.
0 Es hat geregnet, deshalb kam ich später.
+ Nicht schlecht, Herr Specht!
- Nicht gut, gar nicht gut.
0 Nicht vergessen: Anmeldeschluss ist am Freitag.
+ Endlich wieder da, wir haben euch vermisst!
- Schon wieder ausverkauft, das nervt.
0 Die Ware ist wieder vorrätig.
+ Kein Problem, danke für die schnelle Antwort!
- Keine Antwort, kein Rückruf, gar nichts.
0 Keine Ahnung, ob das geht, ich frag mal nach.
+ Absolut empfehlenswert.
- Absolut nicht zu empfehlen.
0 Ich empfehle, vorher einen Termin zu machen.
+ Hab mich riesig gefreut über die Überraschung.
- Hab mich tierisch geärgert über die Gebühren.
0 Hab die Gebühren überwiesen.
+ Saugut, wie immer.
- Saublöd gelaufen, aber egal.
0 Wie immer Freitag ab 17 Uhr.
+ Die Beratung war echt klasse.
- Die Beratung war echt schlecht.
0 Die Beratung findet im ersten Stock statt.
+ Danke für den Tipp, funktioniert wunderbar!
- Der Tipp funktioniert leider nicht.
0 Gibt es einen Tipp, wie man das einstellt?
+ Herzlichen Glückwunsch zum Jubiläum, macht weiter so!
- Herzlichen Dank für nichts.
0 Das Jubiläum wird am Samstag gefeiert.
+ Sehr gute Qualität, der Stoff fühlt sich toll an.
- Miese Qualität, der Stoff franst sofort aus.
0 Der Stoff besteht aus Baumwolle und Leinen.
+ OMG wie süß ist das denn 😍
- OMG, was ist das für ein Chaos hier?
0 OMG, ist heute schon Freitag?
+ lol, geniale Idee
- Lol, das ist doch nicht euer Ernst.
0 Ich schau nachher mal rein.
+ xD der Spot ist so witzig
- wtf, warum wurde mein Konto gesperrt?
0 Vllt kann mir jemand sagen, wo das Formular ist?
+ MMn die beste Kampagne seit Jahren.
- MMn völlig daneben, die Aktion.
0 MMn sollte man das vorher klären.
+ Cooles Video, hat Spaß gemacht.
- Cringe, das Video.
0 Das Video ist jetzt auch auf YouTube.
+ Flop? Eher Top! Hat sich gelohnt.
- Kompletter Flop, das Produkt.
0 Das Produkt gibt es seit 2019.
+ Die Fahrerin war supernett und pünktlich.
- Der Fahrer war unhöflich und viel zu spät.
0 Der Fahrer klingelt zweimal.
+ Unglaublich gut, wie schnell das ging.
- Unglaublich, wie schlecht das organisiert ist.
0 Unglaublich viele Leute haben sich angemeldet.
+ Ich bin echt froh, dass ich bei euch bestellt habe.
- Ich bereue es, bei euch bestellt zu haben.
0 Ich habe bei euch bestellt und warte auf die Rechnung.
+ Wahnsinn, was ihr da auf die Beine gestellt habt.
- Wahnsinn, wie lange das dauert.
0 Bis wann kann man sich anmelden?
+ Eine echte Bereicherung für unser Viertel.
- Eine echte Zumutung für die Anwohner.
0 Das Viertel bekommt eine neue Buslinie.
+ Das Wetter war zwar mies, aber die Stimmung genial.
- Die Stimmung war gut, aber die Organisation eine Katastrophe.
0 Das Wetter soll am Wochenende wechselhaft werden.
+ Preis-Leistung stimmt absolut.
- Preis-Leistung stimmt überhaupt nicht.
0 Der Preis steht im Prospekt.
+ Ihr habt mir den Tag gerettet!
- Ihr habt mir den Tag versaut.
0 Ihr habt am Feiertag geschlossen, oder?
+ Mein Lieblingsladen in der Stadt.
- Mein Lieblingsladen war das mal, jetzt leider nicht mehr.
0 Der Laden ist in der Nähe vom Bahnhof.
+ Die Lieferung kam pünktlich und vollständig.
- Die Lieferung kam unvollständig und zu spät.
0 Die Lieferung kommt voraussichtlich am Mittwoch.
+ Sehr zu empfehlen, die Werkstatt arbeitet sauber.
- Pfusch am Bau, die Werkstatt hat alles verschlimmert.
0 Die Werkstatt schließt um 17 Uhr.
+ Geile Aktion, bin dabei!
- Lahme Aktion, da mach ich nicht mit.
0 Die Aktion läuft bis Sonntag.
+ Danke für die Geduld mit mir am Telefon.
- Ich habe die Geduld verloren.
0 Ich rufe morgen noch einmal an.
+ Die neue Version ist deutlich schneller.
- Die neue Version ist deutlich langsamer.
0 Die neue Version erscheint im Herbst.
+ So muss Kundenservice sein!
- So geht Kundenservice nicht.
0 So, die Unterlagen sind abgeschickt.
+ Ein Hoch auf die Kollegen in der Filiale!
- Ein Tiefpunkt in der Geschichte des Vereins.
0 Die Kollegen in der Filiale sind ab Montag wieder da.
+ Das hat richtig Spaß gemacht, gerne wieder.
- Das hat überhaupt keinen Spaß gemacht.
0 Das hat mein Kollege gemacht.
+ Bin restlos überzeugt.
- Bin nicht überzeugt.
0 Bin gleich wieder da.
+ Wunderschöne Bilder, danke fürs Teilen.
- Hässliche Bilder, wer hat die gemacht?
0 Die Bilder sind vom Sommerfest.
+ Sehr informativer Artikel, danke.
- Schlecht recherchierter Artikel voller Fehler.
0 Der Artikel erschien gestern in der Zeitung.
+ Der Akku hält ewig, bin begeistert.
- Der Akku hält keine zwei Stunden.
0 Der Akku ist fest eingebaut.
+ Die Pakete kommen immer schnell und zuverlässig.
- Die Pakete kommen ständig beschädigt an.
0 Die Pakete werden vor der Haustür abgelegt, wenn niemand da ist.
+ Tolles Team, tolle Arbeit!
- Schlechtes Team, schlechte Arbeit.
0 Das Team arbeitet im Schichtdienst.
+ Hach, ist das schön hier.
- Puh, das war anstrengend und ärgerlich.
0 Wir fahren um acht los.
+ Danke, ihr Lieben!
- Danke für gar nichts.
0 Danke im Voraus für die Info.
+ Na, das ist doch mal eine gute Nachricht!
- Na toll, jetzt ist es ganz kaputt.
0 Na gut, dann bis Montag.
+ Das Angebot ist unschlagbar.
- Das Angebot ist eine Abzocke.
0 Das Angebot gilt nur für Neukunden.
+ Ich war skeptisch, aber es ist wirklich gut geworden.
- Ich war optimistisch, aber es ist wirklich schlecht geworden.
0 Ich war gestern in der Stadt.
+ Der Support hat sich sofort gekümmert, vorbildlich.
- Der Support hat sich nie gekümmert.
0 Der Support ist per Chat erreichbar.
+ Richtig guter Kaffee und nette Leute.
- Richtig schlechter Kaffee und genervtes Personal.
0 Kaffee gibt es am Eingang.
+ Dankeschön für die liebe Nachricht!
- Eure Nachricht war total unverschämt.
0 Eure Nachricht habe ich bekommen.
+ Die Sanierung ist super gelungen.
- Die Sanierung ist gründlich misslungen.
0 Die Sanierung dauert bis Herbst.
+ Schmeckt wie bei Oma, herrlich!
- Schmeckt wie Pappe.
0 Schmeckt das mit Hafermilch anders?
+ Die Idee finde ich klasse.
- Die Idee finde ich daneben.
0 Die Idee kam von einer Kundin.
+ Bravo, genau so!
- Pfui, schämt euch.
0 Genau so steht es in der Anleitung.
+ Das Personal war zuvorkommend und aufmerksam.
- Das Personal war überfordert und genervt.
0 Das Personal trägt Namensschilder.
+ Das beste Eis, das ich je gegessen habe.
- Das schlimmste Eis, das ich je gegessen habe.
0 Das Eis gibt es in zwölf Sorten.
+ Ich kann es kaum erwarten!
- Ich kann es nicht mehr hören.
0 Ich kann am Dienstag leider nicht.
+ Zuverlässig wie immer, danke!
- Unzuverlässig wie immer.
0 Pünktlich um neun geht es los.
+ Das Ding ist echt der Knaller.
- Das Ding ist echt Schrott.
0 Das Ding steht im Keller.
+ Die Kinder hatten einen riesigen Spaß.
- Die Kinder haben sich furchtbar gelangweilt.
0 Die Kinder sind in der Schule.
+ Tolle Stimmung im Stadion!
- Miese Stimmung im Stadion.
0 Das Stadion fasst 40.000 Zuschauer.
+ Hat mir sehr gut gefallen.
- Hat mir gar nicht gefallen.
0 Hat jemand einen Schirm vergessen?
+ Ihr habt euch echt selbst übertroffen.
- Ihr habt euch echt blamiert.
0 Ihr habt die Wahl zwischen zwei Terminen.
+ Die App ist intuitiv und übersichtlich.
- Die App ist unübersichtlich und stürzt ständig ab.
0 Die App gibt es für Android und iOS.
+ Sehr zuvorkommend, gerne wieder!
- Sehr unverschämt, nie wieder!
0 Sehr geehrte Damen und Herren, anbei die Unterlagen.
+ Hut ab vor dieser Leistung.
- Diese Leistung ist unter aller Sau.
0 Die Leistung wird monatlich abgerechnet.
+ Das Konzept überzeugt mich total.
- Das Konzept ist völlig durchgefallen.
0 Das Konzept wird nächste Woche vorgestellt.
+ Freue mich schon riesig auf den Sommer!
- Ärgere mich jedes Mal über die Parkgebühren.
0 Die Parkgebühren betragen zwei Euro pro Stunde.
+ Ein wirklich gelungener Abend.
- Ein wirklich verkorkster Abend.
0 Ein Abend mit Musik und Lesung.
+ Sehr aufmerksam, danke für die Blumen.
- Das ist respektlos gegenüber den Mitarbeitern.
0 Die Blumen kommen aus der Region.
+ Die Stadt hat das wirklich toll gemacht.
- Die Stadt hat das wirklich verbockt.
0 Die Stadt hat das Gelände gekauft.
+ Schöne Geste, danke!
- Schwache Geste, zu spät.
0 Zu spät angemeldet? Dann einfach anrufen.
+ Echt stark, was ihr für die Tafel tut.
- Echt schwach, wie ihr mit Kritik umgeht.
0 Die Tafel sammelt am Samstag.
+ Das Paket war liebevoll verpackt.
- Das Paket war lieblos in eine Tüte gestopft.
0 Das Paket liegt in der Packstation.
+ Die Erklärung war verständlich und hilfreich.
- Die Erklärung war unverständlich und nutzlos.
0 Die Erklärung folgt in der nächsten Mail.
+ Läuft wie geschmiert.
- Läuft gar nicht.
0 Läuft der Vertrag automatisch weiter?
+ Dank euch hat mein Sohn endlich einen Ausbildungsplatz.
- Wegen euch habe ich meinen Flug verpasst.
0 Mein Sohn macht eine Ausbildung zum Koch.
+ Mein Lob an die Köche!
- Meine Beschwerde wurde ignoriert.
0 Meine Adresse hat sich geändert.
+ Das ist genau das, was ich gebraucht habe.
- Das ist genau das, was ich nicht wollte.
0 Das ist der Eingang für Lieferanten.
+ Ich bin baff, wie gut das geworden ist.
- Ich bin fassungslos, wie schlecht das geworden ist.
0 Ich bin um halb acht am Treffpunkt.
+ Der Zug war pünktlich und sauber.
- Der Zug war überfüllt und die Klimaanlage kaputt.
0 Der Zug fährt um 7:12 Uhr ab Gleis 3.
+ Sehr angenehm zu lesen, danke für den Beitrag.
- Der Beitrag ist einseitig und schlecht geschrieben.
0 Der Beitrag erscheint am Sonntag.
+ Herrlich entspannt, der Urlaub.
- Der Urlaub war ein einziger Albtraum.
0 Der Urlaub ist für August geplant.
+ Ich habe nur Gutes gehört.
- Ich habe nur Schlechtes gehört.
0 Ich habe nur eine Frage zur Rechnung.
+ Voll gut, dass ihr jetzt auch vegane Sachen habt.
- Voll schlecht, dass ihr die Filiale schließt.
0 Voll besetzt ist der Saal erst ab 20 Uhr.
+ Bin positiv überrascht.
- Bin negativ überrascht.
0 Bin gespannt auf die Antwort.
+ Ein großartiger Film, bis zur letzten Minute spannend.
- Ein zäher Film, bis zur letzten Minute langweilig.
0 Der Film läuft ab Donnerstag im Kino.
+ Das ist fair, danke für die Kulanz.
- Das ist unfair, keine Kulanz nach zehn Jahren.
0 Die Kulanzregelung gilt für zwei Jahre.
+ Immer wieder gern bei euch.
- Immer wieder der gleiche Ärger mit euch.
0 Immer wieder montags gibt es frischen Fisch.
+ Endlich funktioniert alles wieder, danke!
- Funktioniert immer noch nicht.
0 Funktioniert das Ticket auch im Bus?
+ Die Mitarbeiterin hat sich viel Zeit genommen, sehr lieb.
- Die Mitarbeiterin hatte keine Zeit und keine Lust.
0 Die Mitarbeiterin ist heute im Homeoffice.
+ Ein echter Geheimtipp.
- Ein echter Reinfall.
0 Ein echter Ledergürtel kostet mehr.
+ Die Kampagne ist witzig und klug.
- Die Kampagne ist geschmacklos und dumm.
0 Die Kampagne startet im Mai.
+ Spitzenleistung vom ganzen Team.
- Scheißleistung vom ganzen Team.
0 Das ganze Team ist auf der Messe.
+ Dafür gibt es von mir fünf Sterne.
- Dafür gibt es von mir null Sterne.
0 Dafür brauchen Sie einen Ausweis.
+ Sehr lecker und reichlich, wir kommen wieder.
- Winzige Portionen und alles versalzen.
0 Die Portionen gibt es in zwei Größen.
+ Es ist einfach nur schön hier.
- Es ist einfach nur traurig.
0 Es ist einfach zu finden, gleich neben der Post.
+ Ich liebe den neuen Duft.
- Der neue Duft ist ekelhaft.
0 Der neue Duft kommt im April.
+ Die Ärztin war einfühlsam und hat sich Zeit genommen.
- Die Ärztin war gehetzt und hat mir nicht zugehört.
0 Die Ärztin hat dienstags Sprechstunde.
+ Tolles Angebot, aber ich brauche es gerade nicht.
- Nett gemeint, aber völlig nutzlos.
0 Nett, dass Sie fragen: Der Termin steht.
+ Einfach mega, der neue Spielplatz.
- Einfach nervig, die Baustelle vor der Tür.
0 Der neue Spielplatz eröffnet im Juni.
+ Rundum gelungen!
- Rundum enttäuschend.
0 Rundum erneuert wurde nur das Dach.
+ Das Design ist schlicht und edel.
- Das Design ist billig und altbacken.
0 Das Design stammt von einer Agentur aus Leipzig.
+ Der Vortrag war spannend und lehrreich.
- Der Vortrag war öde und viel zu lang.
0 Der Vortrag dauert etwa eine Stunde.
+ Mein Mann ist hin und weg.
- Mein Mann ist stinksauer.
0 Mein Mann holt das Paket ab.
+ Die Handwerker waren pünktlich und ordentlich.
- Die Handwerker haben Dreck hinterlassen und nichts repariert.
0 Die Handwerker kommen am Dienstag.
+ So eine nette Überraschung!
- So eine Sauerei!
0 So eine Frage hatten wir noch nie.
+ Ich bin happy mit dem Kauf.
- Ich bin unhappy mit dem Kauf.
0 Ich bin mit dem Auto da.
+ Die Fortbildung hat sich gelohnt.
- Die Fortbildung war rausgeschmissenes Geld.
0 Die Fortbildung findet online statt.
+ Die Seite ist jetzt viel übersichtlicher.
- Die Seite ist jetzt viel unübersichtlicher.
0 Die Seite wird gerade gewartet.
+ Wir sind sehr zufrieden mit der Abwicklung.
- Wir sind sehr unzufrieden mit der Abwicklung.
0 Wir sind zu viert und kommen um sieben.
+ Da habt ihr euch echt Mühe gegeben.
- Da habt ihr euch echt keine Mühe gegeben.
0 Da hinten ist der Ausgang.
+ Der Empfang war herzlich.
- Der Empfang war eisig.
0 Der Empfang ist im Erdgeschoss.
+ Wieder ein super Abend bei euch.
- Wieder ein verlorener Abend bei euch.
0 Wieder geöffnet ab dem 3. Januar.
+ Ich finde die Änderung sinnvoll.
- Ich finde die Änderung sinnlos.
0 Ich finde die Änderung nicht in der App.
+ Die Trainer sind motiviert und kompetent.
- Die Trainer sind unmotiviert und inkompetent.
0 Die Trainer wechseln jede Saison.
+ Dieser Laden ist ein Glücksgriff.
- Dieser Laden ist eine Zumutung.
0 Dieser Laden gehört zu einer Kette.
+ Bin sehr angetan von der Beratung.
- Bin sehr verärgert über die Beratung.
0 Bin heute nur bis 12 Uhr im Büro.
+ Die Musik war phänomenal.
- Die Musik war grottig.
0 Die Musik kommt vom Band.
+ Herzlichen Dank, ihr seid spitze.
- Ihr seid echt unterirdisch.
0 Ihr seid nächste Woche im Urlaub?
+ Sieht richtig schick aus.
- Sieht richtig billig aus.
0 Sieht man sich am Samstag?
+ Ein großes Dankeschön an alle Helfer.
- Ein großes Ärgernis für alle Pendler.
0 Ein großes Paket kam heute an.
+ Mir gefällt die neue Farbe sehr.
- Mir gefällt die neue Farbe überhaupt nicht.
0 Mir fehlt noch die Bestellnummer.
+ Der Stadtlauf war perfekt organisiert.
- Der Stadtlauf war chaotisch organisiert.
0 Der Stadtlauf startet am Rathaus.
+ Super Preis-Leistungs-Verhältnis!
- Mieses Preis-Leistungs-Verhältnis!
0 Preis-Leistungs-Verhältnis: Darüber sprechen wir am Montag.
+ Ich hab Tränen gelacht.
- Ich hab Tränen vor Wut geweint.
0 Ich hab den Brief gestern eingeworfen.
+ Die Wohnung ist hell und gemütlich.
- Die Wohnung ist dunkel und feucht.
0 Die Wohnung liegt im dritten Stock.
+ Ich kann euch nur loben.
- Ich kann euch nur abraten.
0 Ich kann euch morgen zurückrufen.
+ Das Buch hat mich tief berührt.
- Das Buch hat mich tief enttäuscht.
0 Das Buch hat 300 Seiten.
+ Ihr macht das großartig!
- Ihr macht das miserabel.
0 Ihr macht um 18 Uhr zu?
+ Volle Punktzahl!
- Voll der Reinfall.
0 Volle Züge am Freitagabend sind normal.
+ Glückwunsch zum Sieg, verdient!
- Die Niederlage war bitter und verdient.
0 Das Spiel endete 1:1.
+ Bin immer noch begeistert vom Wochenende.
- Bin immer noch sauer wegen der Rechnung.
0 Bin immer noch im Zug.
+ Dieses Café ist ein echter Lichtblick.
- Dieses Café ist ein echter Reinfall.
0 Dieses Café hat eine Terrasse.
+ Die Nachbarn sind total hilfsbereit.
- Die Nachbarn sind total rücksichtslos.
0 Die Nachbarn sind verreist.
+ Danke für die ehrliche Antwort, das schätze ich.
- Eure Antwort ist eine Unverschämtheit.
0 Eure Antwort kam per Einschreiben.
+ Alles super gelaufen, sehr zu empfehlen.
- Alles schiefgelaufen, was schieflaufen kann.
0 Alles Weitere besprechen wir vor Ort.
+ Die Ausstellung ist sehenswert.
- Die Ausstellung ist eine Zeitverschwendung.
0 Die Ausstellung ist bis März zu sehen.
+ Ich vertraue euch voll und ganz.
- Ich habe jedes Vertrauen in euch verloren.
0 Ich melde mich nächste Woche.
+ Der Gutschein war ein tolles Geschenk.
- Der Gutschein ist abgelaufen und ihr wollt nicht helfen.
0 Der Gutschein gilt drei Jahre.
+ Das schmeckt nach mehr!
- Das schmeckt nach gar nichts.
0 Das schmeckt nach Zimt und Vanille.
+ Genial einfach, einfach genial.
- Unnötig kompliziert.
0 Einfach den Stecker ziehen und neu starten.
+ Wir sind stolz auf unser Team.
- Wir schämen uns für unser Team.
0 Wir haben unser Team vergrößert.
+ Bestes Event des Jahres!
- Schlechtestes Event des Jahres!
0 Das Event findet jährlich statt.
+ Ein Hoch auf die Feuerwehr, gut gemacht!
- Die Feuerwehr kam viel zu spät.
0 Die Feuerwehr übt am Samstag.
+ Ich liebe eure Beiträge, macht weiter!
- Eure Beiträge werden immer schlechter.
0 Eure Beiträge lese ich meist abends.
+ Kompetent und freundlich, so soll es sein.
- Inkompetent und unfreundlich, so nicht.
0 So soll der Antrag aussehen.
+ Der Fahrplan ist jetzt endlich verlässlich.
- Der Fahrplan ist reine Fantasie.
0 Der Fahrplan ändert sich im Dezember.
+ Bin total verliebt in die Tasche.
- Bin total genervt von der Tasche.
0 Bin gerade in der Mittagspause.
+ Die Kundenbetreuung ist Spitzenklasse.
- Die Kundenbetreuung ist Kreisklasse.
0 Die Kundenbetreuung sitzt in Dresden.
+ Ihr habt das echt gut hinbekommen.
- Ihr habt das echt verkackt.
0 Ihr habt das Formular bekommen?
+ Einfach klasse!
- Einfach grauenhaft!
0 Einfach vorbeikommen.
+ Alles in allem ein schöner Tag.
- Alles in allem ein verlorener Tag.
0 Alles in allem dauert es zwei Stunden.
+ Das war die beste Entscheidung seit Langem.
- Das war die dümmste Entscheidung seit Langem.
0 Die Entscheidung fällt im Juni.
+ Sehr herzliches Team, wir fühlen uns wohl.
- Sehr kaltes Team, wir fühlen uns unwohl.
0 Das Team ist am Montag komplett.
+ Die Landschaft ist atemberaubend.
- Die Landschaft ist völlig zugebaut.
0 Die Landschaft liegt im Süden.
+ Wir freuen uns sehr über die Spende.
- Wir ärgern uns sehr über den Diebstahl.
0 Wir sammeln Spenden bis Ende Mai.
+ Dein Beitrag hat mir den Tag versüßt.
- Dein Beitrag hat mir den Tag verdorben.
0 Dein Beitrag ist angekommen.
+ Die Behörde hat schnell und unbürokratisch geholfen.
- Die Behörde ist ein bürokratischer Albtraum.
0 Die Behörde hat montags geschlossen.
+ Sehr sympathische Truppe!
- Sehr unsympathische Truppe.
0 Die Truppe kommt aus Bayern.
+ Ich bin dankbar für eure Unterstützung.
- Ich bin frustriert über eure fehlende Unterstützung.
0 Ich bin Mitglied seit 2015.
+ Nie war es leichter, Tickets zu buchen.
- Nie wieder buche ich hier Tickets.
0 Tickets gibt es an der Abendkasse.
+ Der Service ist genial, die Preise sind fair.
- Der Service ist mies und die Preise sind frech.
0 Der Service kostet fünf Euro extra.
+ Ist das geil!
- Ist das peinlich!
0 Ist das der Eingang?
+ Ich habe mich sehr willkommen gefühlt.
- Ich habe mich sehr unwillkommen gefühlt.
0 Ich habe mich für den Kurs angemeldet.
+ Der Service war schon immer gut, und jetzt ist er noch besser.
- Früher war der Service gut, heute ist er unterirdisch.
0 Früher hieß der Laden anders.
+ Was für ein schöner Beitrag.
- Was für ein dummer Beitrag.
0 Was für ein Beitrag ist das, Werbung?
+ Die Lösung ist elegant und einfach.
- Die Lösung ist umständlich und teuer.
0 Die Lösung steht auf Seite vier.
+ Danke, dass ihr so flexibel seid.
- Schade, dass ihr so unflexibel seid.
0 Schade, dass ich nicht kommen kann, viel Spaß euch!
+ Der Podcast ist unterhaltsam und gut recherchiert.
- Der Podcast ist oberflächlich und nervig.
0 Der Podcast hat inzwischen 80 Folgen.
+ Sehr saubere Arbeit.
- Sehr schlampige Arbeit.
0 Sehr geehrte Frau Müller, wie besprochen anbei das Angebot.
+ Das Gewinnspiel hat richtig Spaß gemacht, danke!
- Das Gewinnspiel ist doch Betrug.
0 Teilnahmeschluss für das Gewinnspiel ist Sonntag.
+ Der Laden hat Charme.
- Der Laden ist heruntergekommen.
0 Der Laden liegt im Erdgeschoss.
+ Gute Besserung und danke für alles!
- Gute Nacht, Service. Das war's mit uns.
0 Gute Nacht, bis morgen.
+ Du bist ein Schatz!
- Du bist eine Enttäuschung.
0 Du bist als Nächster dran.
+ Vielen lieben Dank für die tolle Zusammenarbeit.
- Die Zusammenarbeit war eine einzige Qual.
0 Die Zusammenarbeit beginnt im Januar.
0 Der Stadtrat hat am Dienstag über den Haushalt für das kommende Jahr beraten. Die Fraktionen stellten ihre Anträge vor, eine Entscheidung soll im Dezember fallen. Die Sitzung ist öffentlich.
0 Nach Angaben des Unternehmens wurden im vergangenen Quartal rund 12.000 Geräte ausgeliefert. Im Vorjahr waren es knapp 10.000. Für das nächste Jahr plant die Firma einen zweiten Standort.
0 Die Bauarbeiten an der Brücke beginnen im Frühjahr und dauern voraussichtlich bis Oktober. In dieser Zeit wird der Verkehr über die Umleitung im Norden geführt.
0 Der Verein wählte am Wochenende einen neuen Vorstand. Die bisherige Vorsitzende trat nach acht Jahren nicht mehr an. Ihr Nachfolger ist seit 2012 Mitglied.
0 Wie das Ministerium mitteilte, sollen die neuen Regeln ab dem 1. Juli gelten. Betroffen sind vor allem kleine Betriebe mit weniger als zehn Beschäftigten.
0 Die Ausstellung zeigt Fotografien aus den fünfziger Jahren. Sie ist dienstags bis sonntags von 10 bis 18 Uhr geöffnet, der Eintritt kostet acht Euro.
0 Das Unternehmen will bis 2030 alle Filialen auf Ökostrom umstellen. Dafür sind Investitionen von rund 40 Millionen Euro vorgesehen, teilte ein Sprecher mit.
0 Die Polizei sucht Zeugen eines Unfalls, der sich am Montagabend an der Kreuzung Ringstraße ereignet hat. Hinweise nimmt jede Dienststelle entgegen.
0 Der Tarifvertrag läuft Ende März aus. Gewerkschaft und Arbeitgeber wollen im Februar die Gespräche aufnehmen, Termine stehen noch nicht fest.
0 In der Umfrage gaben 45 Prozent der Befragten an, mindestens einmal pro Woche online einzukaufen. Vor fünf Jahren waren es 30 Prozent.
0 Der Spitzenkandidat der Partei stellte am Freitag das Wahlprogramm vor. Im Mittelpunkt stehen Verkehr, Wohnen und Bildung.
0 Die Mannschaft trifft am Samstag auswärts auf den Tabellenzweiten. Anstoß ist um 15:30 Uhr, das Spiel wird live übertragen.
0 Die Firma hat einen neuen Geschäftsführer. Er war zuvor bei einem Konkurrenten für den Vertrieb zuständig und tritt sein Amt im April an.
0 Im Supermarkt an der Ecke gibt es ab nächster Woche auch eine Paketstation. Sie ist rund um die Uhr zugänglich.
0 Laut Wetterdienst wird es am Wochenende bis zu 25 Grad warm, am Montag soll es dann regnen.
0 Die Bibliothek bietet ab Herbst einen Kurs zur Nutzung von E-Books an. Die Teilnahme ist kostenlos, eine Anmeldung ist erforderlich.
0 Der Konzern gab bekannt, dass die Hauptversammlung in diesem Jahr online stattfindet. Aktionäre erhalten ihre Zugangsdaten per Post.
0 Die Stadtwerke erneuern im Sommer die Wasserleitungen in der Altstadt. Anwohner werden vorab schriftlich informiert.
0 Das neue Museum soll 2027 eröffnen. Der Entwurf stammt von einem Architekturbüro aus Basel, das den Wettbewerb gewonnen hatte.
0 Die Studie untersuchte das Einkaufsverhalten von 2.000 Haushalten über zwei Jahre. Die Ergebnisse werden im Frühjahr veröffentlicht.
0 Zum Start der Saison hat das Freibad neue Öffnungszeiten: werktags von 7 bis 20 Uhr, am Wochenende ab 9 Uhr.
0 Der Landkreis hat die Zuständigkeit für die Schülerbeförderung neu geregelt. Eltern können Anträge ab sofort online stellen.
0 Bei der Versammlung wurde über die Zukunft des Marktes diskutiert. Ein Teil der Händler möchte den Markt auf den Samstag verlegen, andere wollen beim Mittwoch bleiben.
0 Die Zahl der Fahrgäste ist im ersten Halbjahr leicht gestiegen, wie der Verkehrsverbund mitteilte. Vor allem die Abos legten zu.
0 Das Gericht hat die Verhandlung auf den 12. Mai vertagt. Beide Seiten sollen bis dahin weitere Unterlagen einreichen.
+ Ich war lange skeptisch, aber nach drei Monaten kann ich sagen: Die Umstellung hat sich gelohnt. Der Support antwortet schnell, die Rechnungen sind verständlich und das Netz ist stabil. Klare Empfehlung.
- Seit der Umstellung auf das neue System klappt gar nichts mehr. Rechnungen kommen doppelt, die Hotline vertröstet einen, und auf meine Beschwerde hat bis heute niemand reagiert. So verliert man Kunden.
+ Wir waren mit der ganzen Familie da und hatten einen wunderbaren Tag. Die Kinder durften überall mitmachen, das Essen war frisch und die Leute waren unglaublich freundlich. Danke dafür!
- Wir hatten uns auf das Fest gefreut, aber es war eine einzige Enttäuschung. Stundenlanges Anstehen, kaum Sitzplätze und das Essen war kalt. Für 20 Euro Eintritt ist das eine Frechheit.
+ Ich möchte mich bei der Mitarbeiterin am Schalter bedanken, die mir heute so geduldig geholfen hat. Ohne sie hätte ich meinen Anschluss nicht bekommen. So etwas erlebt man selten.
- Die Baustelle vor unserem Haus ist seit Monaten verwaist. Niemand arbeitet, aber die Straße bleibt gesperrt und der Lärm am Wochenende ist unerträglich. Wann hört dieser Irrsinn auf?
`;
