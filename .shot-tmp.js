const { chromium } = require('playwright-core');
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
  const p = await b.newPage({ viewport: { width: 700, height: 900 } });
  p.on('console', m => console.log('console:', m.text()));
  await p.goto(process.argv[2]);
  await p.waitForTimeout(1500);
  console.log(await p.evaluate(() => [...document.fonts].map(f => f.family + ':' + f.status).join(',')));
  await p.screenshot({ path: process.argv[3] });
  await b.close();
})();
