import {
  formatMoney,
  recordLink,
  renderEmail,
  renderRobot,
  visibleFacts,
} from './delivery-message';

const raw = {
  accountName: '中国移动深圳',
  level: 1,
  amountDue: { amount: '1234567.5', currency: 'CNY' },
  due: '2029-12-01',
};

describe('delivery message', () => {
  it('gives the amount only to a recipient who sees money and the account', () => {
    const keys = (seesMoney: boolean, seesAccount: boolean) =>
      visibleFacts(raw, { seesMoney, seesAccount }).map((f) => f.key);
    expect(keys(true, true)).toEqual(['ACCOUNT', 'LEVEL', 'AMOUNT_DUE', 'DUE']);
    expect(keys(false, true)).toEqual(['ACCOUNT', 'LEVEL', 'DUE']);
    expect(keys(true, false)).toEqual(['LEVEL', 'DUE']);
  });

  it('writes amounts exactly, grouped', () => {
    expect(formatMoney('1234567.5', 'CNY')).toBe('CNY 1,234,567.50');
    expect(formatMoney('99999999999999.99', 'USD')).toBe('USD 99,999,999,999,999.99');
  });

  it('writes an email in the recipient language, html escaped, with the link', () => {
    const item = {
      topic: 'PAYMENT_OVERDUE' as const,
      title: '<script>逾期</script>',
      body: null,
      facts: visibleFacts(raw, { seesMoney: true, seesAccount: true }),
      link: 'https://trident.example/#/escalations',
    };
    const zh = renderEmail({
      language: 'ZH',
      recipientName: '周婷',
      items: [item],
      preferencesUrl: 'u',
    });
    expect(zh.subject).toBe('[Trident] 回款逾期 · <script>逾期</script>');
    expect(zh.text).toContain('未回款金额: CNY 1,234,567.50');
    expect(zh.text).toContain('在 Trident 中打开: https://trident.example/#/escalations');
    expect(zh.html).not.toContain('<script>');
    const en = renderEmail({
      language: 'EN',
      recipientName: 'Zhou',
      items: [item, item],
      preferencesUrl: 'u',
    });
    expect(en.subject).toBe('[Trident] 2 notifications from your quiet hours');
    expect(en.text).toContain('Amount due: CNY 1,234,567.50');
  });

  it('writes a robot post for a person or a team', () => {
    const item = { topic: 'TASK' as const, title: 'T', body: 'B', facts: [], link: 'L' };
    expect(
      renderRobot({ language: 'EN', recipientName: null, items: [item], homeUrl: 'H' }),
    ).toEqual({
      title: 'Task · T',
      lines: ['Team notice', 'B'],
      link: { label: 'Open in Trident', url: 'L' },
      language: 'EN',
    });
  });

  it('links to the record in the console', () => {
    expect(recordLink('https://t.example', 'Task', 'id1', null)).toBe(
      'https://t.example/#/tasks/id1/show',
    );
    expect(recordLink('https://t.example', 'Escalation', 'e', 'a')).toBe(
      `https://t.example/#/escalations?filter=${encodeURIComponent('{"accountId":"a"}')}`,
    );
  });
});
