// Renders public/icon/icon.svg to the PNG sizes the manifest needs, in real Chromium.
// Run by hand after changing the SVG (npm run icons); the PNGs are committed.
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../e2e/harness/browser';

const SIZES = [16, 32, 48, 96, 128];

const svg = await readFile(new URL('../public/icon/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style>${svg.replace('width="128" height="128"', `width="${size}" height="${size}"`)}`,
    );
    const out = new URL(`../public/icon/${size}.png`, import.meta.url);
    await page.screenshot({ path: out.pathname, omitBackground: true });
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
