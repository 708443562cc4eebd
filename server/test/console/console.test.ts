import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { demoPeople, gql, gqlOk, staffToken, type DemoPeople } from '../support/client';
import { applyFor, ID } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';
import {
  buildConsole,
  foreignRequests,
  launchBrowser,
  newPage,
  screenshotPath,
  signIn,
} from './browser';
import { writeQrVideo } from './fake-camera';

const CODE_INPUT = '[data-testid=code-input]';

describe('the staff console in a real browser', () => {
  let server: TestServer;
  let browser: Browser;
  let people: DemoPeople;
  const password = (username: string) =>
    people.staff.find((staff) => staff.username === username)!.password;

  before(async () => {
    buildConsole();
    browser = await launchBrowser();
    server = await startTestServer();
    people = await demoPeople(server.url);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function clerkPage(username = 'sz_clerk'): Promise<Page> {
    const page = await newPage(browser, server.url);
    await signIn(page, server.url, username, password(username));
    await page.waitForSelector(CODE_INPUT);
    return page;
  }

  async function scan(page: Page, code: string) {
    await page.focus(CODE_INPUT);
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
  }

  it('signs the clerk in onto the redeem screen, its input focused', async () => {
    const page = await clerkPage();
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    assert.equal(focused, 'code-input');
    await page.getByText('请扫描职工出示的电子码').waitFor();
    await page.screenshot({ path: screenshotPath('redeem-screen.png') });
    await page.context().close();
  });

  it('redeems a scanned code once, even when the scanner sends Enter twice', async () => {
    const { code } = await applyFor(server.url, ID.depositAndLoans);
    const page = await clerkPage();
    await page.focus(CODE_INPUT);
    await page.keyboard.type(code.displayValue);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    const form = page.locator('.information-form');
    await form.waitFor();
    await page.getByText('住房公积金个人信息表').waitFor();
    assert.equal(await page.locator('[data-outcome]').count(), 0);
    assert.equal(await form.locator('[data-field=idNumber]').textContent(), ID.depositAndLoans);
    assert.match((await form.locator('[data-field=loanStatus]').allTextContents()).join(), /逾期/);

    const clerk = await staffToken(server.url, 'sz_clerk');
    const list = await gqlOk(
      server.url,
      '{ centerRedemptions { totalCount nodes { outcome } } }',
      {},
      clerk,
    );
    assert.equal(list.centerRedemptions.totalCount, 1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('information-form.png') });

    // The print view: A4 CSS leaves only the form, which carries serial and check code.
    const serial = await form.locator('[data-field=serialNumber]').textContent();
    const check = await form.locator('[data-field=checkCode]').textContent();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.MuiAppBar-root').isVisible(), false);
    assert.equal(await page.locator(CODE_INPUT).isVisible(), false);
    assert.equal(await form.locator('[data-field=serialNumber]').isVisible(), true);
    assert.match(serial ?? '', /^\d{16}$/);
    assert.ok(check);
    // The first A4 page, at 96 dpi.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('print-view.png') });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.ok(pdf.length > 10_000, 'the print view makes a PDF');
    await page.emulateMedia({ media: 'screen' });

    // The second scan of the same code.
    await page.keyboard.press('Escape');
    await scan(page, code.value);
    await page.locator('[data-outcome=CODE_ALREADY_USED]').waitFor();
    await page.getByText('电子码已被使用').waitFor();
    await page.context().close();
  });

  it('reads the code from the employee’s phone with the camera', async () => {
    const { code } = await applyFor(server.url, ID.depositAndLoans);
    const video = path.join(os.tmpdir(), `hpf-console-qr-${process.pid}.y4m`);
    writeQrVideo(video, code.value);
    const withCamera = await launchBrowser([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    try {
      const page = await newPage(withCamera, server.url);
      await signIn(page, server.url, 'sz_clerk', password('sz_clerk'));
      await page.getByRole('button', { name: '摄像头扫码' }).click();
      await page.locator('.information-form').waitFor({ timeout: 15_000 });
      const idNumber = await page.locator('[data-field=idNumber]').textContent();
      assert.equal(idNumber, ID.depositAndLoans);
    } finally {
      await withCamera.close();
      rmSync(video, { force: true });
    }
  });

  it('says a code for another center is not this center’s, and leaves it valid', async () => {
    const { code } = await applyFor(server.url, ID.oneAccount);
    const page = await clerkPage();
    await scan(page, code.value);
    await page.locator('[data-outcome=CODE_WRONG_CENTER]').waitFor();
    await page.getByText('此电子码不是为本中心申请的').waitFor();
    await page.context().close();
  });

  it('explains a revoked code and a code that does not exist', async () => {
    const { token, code } = await applyFor(server.url, ID.normalAndSealed);
    await gqlOk(
      server.url,
      'mutation($input: RevokeCodeInput!) { revokeCode(input: $input) { code { state } } }',
      { input: { id: code.id } },
      token,
    );
    const page = await clerkPage();
    await scan(page, code.value);
    await page.locator('[data-outcome=CODE_REVOKED]').waitFor();
    await page.getByText('请职工出示最新的电子码').waitFor();
    await page.keyboard.press('Escape');
    await scan(page, '0000-0000-0000-0000-0000');
    await page.locator('[data-outcome=CODE_NOT_FOUND]').waitFor();
    await scan(page, '12345');
    await page.getByText('电子码为20位数字').waitFor();
    await page.context().close();
  });

  it('explains an expired code', async () => {
    const { code } = await applyFor(server.url, ID.depositAndLoans);
    // Two days on, past 24:00 China time of the day of issue.
    server.setNow(new Date(Date.now() + 48 * 3600_000));
    try {
      const page = await clerkPage();
      await scan(page, code.value);
      await page.locator('[data-outcome=CODE_EXPIRED]').waitFor();
      await page.getByText('电子码已过期').waitFor();
      await page.context().close();
    } finally {
      server.setNow(null);
    }
  });

  it('checks a printout on the public verification page, and rejects an altered one', async () => {
    const { code } = await applyFor(server.url, ID.oneAccount);
    const clerk = await staffToken(server.url, 'gz_clerk');
    const redeemed = await gqlOk(
      server.url,
      `mutation($input: RedeemCodeInput!) { redeemCode(input: $input) {
        form { serialNumber checkCode } } }`,
      { input: { code: code.value } },
      clerk,
    );
    const { serialNumber, checkCode } = redeemed.redeemCode.form;

    const page = await newPage(browser, server.url);
    await page.goto(`${server.url}/console/#/verify`);
    await page.fill('input[name=serialNumber]', serialNumber);
    await page.fill('input[name=checkCode]', checkCode);
    await page.click('button[type=submit]');
    await page.locator('[data-verdict=genuine]').waitFor();
    const verdict = await page.locator('[data-verdict=genuine]').textContent();
    assert.match(verdict ?? '', /广州住房公积金管理中心/);
    assert.doesNotMatch(verdict ?? '', new RegExp(ID.oneAccount));

    const altered = checkCode.slice(0, -1) + (checkCode.endsWith('A') ? 'B' : 'A');
    await page.fill('input[name=checkCode]', altered);
    await page.click('button[type=submit]');
    await page.locator('[data-verdict=not-genuine]').waitFor();
    await page.context().close();
  });

  it('switches to English and back', async () => {
    const page = await clerkPage();
    await page.getByRole('button', { name: /中文/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('Scan the code the employee shows').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await page.getByText('请扫描职工出示的电子码').waitFor();
    await page.context().close();
  });

  it('keeps a clerk out of the administration pages', async () => {
    const page = await clerkPage();
    assert.equal(await page.getByRole('menuitem', { name: '工作人员' }).count(), 0);
    await page.goto(`${server.url}/console/#/staff`);
    await page.getByText('页面不存在').waitFor();
    const token = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem('hpf-console-session')!).token,
    );
    const refused = await gql(server.url, '{ staffMembers { totalCount } }', {}, token);
    assert.equal(refused.errors?.[0].extensions?.code, 'FORBIDDEN');
    await page.context().close();
  });

  it('sends a clerk whose session ended to the login page once, the code unused', async () => {
    const page = await clerkPage();
    const token = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem('hpf-console-session')!).token,
    );
    await gqlOk(server.url, 'mutation { staffLogout { ended } }', {}, token);
    const { code } = await applyFor(server.url, ID.depositAndLoans);
    await scan(page, code.value);
    await page.waitForSelector('input[name=password]');
    await page.waitForTimeout(500);
    assert.match(page.url(), /#\/login/);

    await page.fill('input[name=username]', 'sz_clerk');
    await page.fill('input[name=password]', password('sz_clerk'));
    await page.click('button[type=submit]');
    await page.waitForSelector(CODE_INPUT);
    await scan(page, code.value);
    await page.locator('.information-form').waitFor();
    await page.context().close();
  });

  it('reopens a form from the redemption list within 30 minutes', async () => {
    const { code } = await applyFor(server.url, ID.normalAndSealed);
    const page = await clerkPage();
    await scan(page, code.value);
    const serial = await page.locator('[data-field=serialNumber]').textContent();
    await page.goto(`${server.url}/console/#/redemptions`);
    await page.getByText(serial!).click();
    await page.getByRole('button', { name: '重新打开信息表' }).click();
    await page.locator('.information-form [data-field=serialNumber]').waitFor();
    assert.equal(await page.locator('[data-field=serialNumber]').textContent(), serial);
    await page.context().close();
  });

  it('filters the center’s redemptions by clerk, outcome and date', async () => {
    const page = await newPage(browser, server.url);
    await signIn(page, server.url, 'sz_admin', password('sz_admin'));
    await page.getByRole('menuitem', { name: '本中心查询记录' }).click();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();

    await page.getByRole('combobox', { name: /结果/ }).click();
    await page.getByRole('option', { name: '非本中心电子码，已拒绝' }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('tbody tr')].every((row) =>
        row.textContent?.includes('已拒绝'),
      ),
    );
    assert.ok((await rows.count()) >= 1);

    await page.getByRole('combobox', { name: /经办人/ }).click();
    await page.getByRole('option', { name: '周晓彤' }).click();
    await page.waitForTimeout(500);
    assert.ok((await rows.count()) >= 1);

    await page.fill('input[name=from]', '2099-01-01');
    await page.getByText('没有符合筛选条件的本中心查询记录').waitFor();
    await page.context().close();
  });

  it('lets a center administrator create a clerk and deactivate him', async () => {
    const page = await newPage(browser, server.url);
    await signIn(page, server.url, 'sz_admin', password('sz_admin'));
    await page.getByRole('menuitem', { name: '工作人员' }).click();
    await page.goto(`${server.url}/console/#/staff/create`);
    await page.fill('input[name=name]', '赵新');
    await page.fill('input[name=staffNumber]', 'SZ0150');
    await page.fill('input[name=username]', 'sz_zhao');
    await page.getByRole('button', { name: '保存' }).click();
    const temporary = await page.locator('[data-testid=temporary-password]').textContent();
    assert.match(temporary ?? '', /^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    await page.getByRole('button', { name: '我已记下' }).click();

    const login = `mutation($input: StaffLoginInput!) { staffLogin(input: $input) { token } }`;
    const session = await gqlOk(server.url, login, {
      input: { username: 'sz_zhao', password: temporary },
    });
    assert.ok(session.staffLogin.token);

    await page.getByRole('button', { name: '停用' }).click();
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByText('已停用').first().waitFor();
    const me = await gql(server.url, '{ me { username } }', {}, session.staffLogin.token);
    assert.equal(me.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    await page.context().close();
  });

  it('shows the platform administrator the centers', async () => {
    const page = await newPage(browser, server.url);
    await signIn(page, server.url, 'platform_admin', password('platform_admin'));
    await page.getByRole('menuitem', { name: '管理中心' }).click();
    await page.getByText('深圳市住房公积金管理中心').waitFor();
    await page.context().close();
  });

  it('reached no address but the service itself', () => {
    assert.deepEqual(foreignRequests, []);
  });
});
