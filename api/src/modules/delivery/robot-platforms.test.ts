import { createHmac } from 'node:crypto';
import {
  dingtalkSign,
  feishuSign,
  robotAnswerProblem,
  robotBody,
  signedRequest,
  webhookProblem,
} from './robot-platforms';

const message = {
  title: '回款逾期',
  lines: ['客户: 深圳', 'a*b'],
  link: { label: '打开', url: 'https://t.example/#/x' },
  language: 'ZH' as const,
};

describe('robot platforms', () => {
  it('accepts only the platform hosts over https, plus configured extra hosts', () => {
    expect(
      webhookProblem('DINGTALK', 'https://oapi.dingtalk.com/robot/send?access_token=x', []),
    ).toBeNull();
    expect(webhookProblem('DINGTALK', 'http://oapi.dingtalk.com/robot/send', [])).toBe(
      'must be https',
    );
    expect(webhookProblem('WECOM', 'https://evil.example/cgi-bin/webhook/send', [])).toMatch(
      /qyapi/,
    );
    expect(webhookProblem('FEISHU', 'http://127.0.0.1:9/hook', ['127.0.0.1'])).toBeNull();
    expect(webhookProblem('FEISHU', 'not a url', [])).toBe('is not a URL');
  });

  it('signs DingTalk requests as documented: HmacSHA256(secret, ts\\nsecret), base64, urlencoded, in the query', () => {
    const secret = 'SECabc';
    const expected = encodeURIComponent(
      createHmac('sha256', secret).update(`1700000000000\n${secret}`).digest('base64'),
    );
    expect(dingtalkSign(secret, 1_700_000_000_000)).toBe(expected);
    const request = signedRequest(
      'DINGTALK',
      'https://oapi.dingtalk.com/robot/send?access_token=t',
      secret,
      {},
      new Date(1_700_000_000_000),
    );
    expect(request.url).toBe(
      `https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1700000000000&sign=${expected}`,
    );
  });

  it('signs Feishu requests as documented: HmacSHA256 keyed by ts\\nsecret over nothing, in the body', () => {
    const expected = createHmac('sha256', '1700000000\nsec')
      .update(Buffer.alloc(0))
      .digest('base64');
    expect(feishuSign('sec', 1_700_000_000)).toBe(expected);
    const request = signedRequest(
      'FEISHU',
      'https://open.feishu.cn/open-apis/bot/v2/hook/h',
      'sec',
      { msg_type: 'post' },
      new Date(1_700_000_000_500),
    );
    expect(request.body).toEqual({ timestamp: '1700000000', sign: expected, msg_type: 'post' });
  });

  it("writes each platform's message format", () => {
    expect(robotBody('WECOM', message)).toEqual({
      msgtype: 'markdown',
      markdown: { content: '### 回款逾期\n\n客户: 深圳\n\na\\*b\n\n[打开](https://t.example/#/x)' },
    });
    expect(robotBody('DINGTALK', message)).toMatchObject({
      msgtype: 'markdown',
      markdown: { title: '回款逾期' },
    });
    expect(robotBody('FEISHU', message)).toEqual({
      msg_type: 'post',
      content: {
        post: {
          zh_cn: {
            title: '回款逾期',
            content: [
              [{ tag: 'text', text: '客户: 深圳' }],
              [{ tag: 'text', text: 'a*b' }],
              [{ tag: 'a', text: '打开', href: 'https://t.example/#/x' }],
            ],
          },
        },
      },
    });
  });

  it('makes no link of a URL written in the text, only of its own link', () => {
    const outside = {
      ...message,
      title: '负面反馈 Negative feedback: 请看 https://evil.example/login 或 www.evil.example',
      lines: ['见 http://evil.example'],
    };
    for (const platform of ['WECOM', 'DINGTALK', 'FEISHU'] as const) {
      const body = JSON.stringify(robotBody(platform, outside));
      expect(body).not.toMatch(/https?:\/\/evil|www\.evil/);
      expect(body).toContain('evil.example/login');
      expect(body).toContain('https://t.example/#/x');
    }
  });

  it('reads success from the answer, not only the HTTP status', () => {
    expect(robotAnswerProblem('DINGTALK', 200, { errcode: 0, errmsg: 'ok' })).toBeNull();
    expect(robotAnswerProblem('DINGTALK', 200, { errcode: 310000, errmsg: 'sign not match' })).toBe(
      'errcode 310000: sign not match',
    );
    expect(robotAnswerProblem('FEISHU', 200, { code: 0, msg: 'success' })).toBeNull();
    expect(robotAnswerProblem('FEISHU', 200, { StatusCode: 0 })).toBeNull();
    expect(robotAnswerProblem('FEISHU', 200, { code: 19021, msg: 'sign match fail' })).toMatch(
      /19021/,
    );
    expect(robotAnswerProblem('WECOM', 502, null)).toBe('HTTP 502');
  });
});
