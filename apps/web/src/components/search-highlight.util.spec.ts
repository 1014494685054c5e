import { describe, expect, it } from 'vitest';
import { decodeEntities, highlightText, parseHighlight, sanitiseHighlight } from './search-highlight.util';

describe('sanitiseHighlight', () => {
  it('keeps the API’s marks and its escaped text as they are', () => {
    const api = '咸宁<mark>应急</mark>舟桥 &amp; 冲锋舟 &lt;型号 A&gt;';
    expect(sanitiseHighlight(api)).toBe(api);
    expect(parseHighlight(api)).toEqual([
      { text: '咸宁', marked: false },
      { text: '应急', marked: true },
      { text: '舟桥 & 冲锋舟 <型号 A>', marked: false },
    ]);
  });

  it('drops every other tag, keeping its text as text', () => {
    expect(sanitiseHighlight('<script>alert(1)</script><b>复合</b>材料')).toBe('alert(1)复合材料');
    expect(sanitiseHighlight('<img src=x onerror=alert(1)>碳纤维')).toBe('碳纤维');
    expect(sanitiseHighlight('<a href="javascript:alert(1)">链接</a>')).toBe('链接');
    expect(sanitiseHighlight('<svg><script>x</script></svg>')).toBe('x');
  });

  it('never lets attributes through, not even on a mark', () => {
    expect(sanitiseHighlight('<mark onclick="alert(1)">液压</mark>阻尼器')).toBe('液压阻尼器');
    expect(sanitiseHighlight('<MARK>液压</MARK>')).toBe('<mark>液压</mark>');
    expect(sanitiseHighlight('<marker>液压</marker>')).toBe('液压');
    expect(sanitiseHighlight('<img src="x>" onerror="alert(1)">')).toBe('&quot; onerror=&quot;alert(1)&quot;&gt;');
  });

  it('escapes what an escaped entity decodes to, so escaped markup stays text', () => {
    expect(sanitiseHighlight('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(sanitiseHighlight('&lt;mark&gt;不是高亮&lt;/mark&gt;')).toBe('&lt;mark&gt;不是高亮&lt;/mark&gt;');
    expect(sanitiseHighlight('&#60;img onerror=x&#62;')).toBe('&lt;img onerror=x&gt;');
    expect(sanitiseHighlight('&#x3C;b&#x3E;')).toBe('&lt;b&gt;');
  });

  it('escapes characters that arrive unescaped', () => {
    expect(sanitiseHighlight('a < b & c > d "e" \'f\'')).toBe('a &lt; b &amp; c &gt; d &quot;e&quot; &#39;f&#39;');
    expect(sanitiseHighlight('<!-- x --> 1')).toBe('&lt;!-- x --&gt; 1');
  });

  it('balances marks: an unclosed one ends with the text, a stray close does nothing', () => {
    expect(sanitiseHighlight('<mark>发电机组')).toBe('<mark>发电机组</mark>');
    expect(sanitiseHighlight('发电</mark>机组')).toBe('发电机组');
    expect(sanitiseHighlight('<mark><mark>消防</mark>炮</mark>')).toBe('<mark>消防</mark>炮');
    expect(sanitiseHighlight('<mark></mark>')).toBe('');
  });

  it('leaves unknown or malformed entities as text', () => {
    expect(decodeEntities('&copy; &#0; &#xD800; &#99999999; &nbsp;')).toBe('&copy; &#0; &#xD800; &#99999999; \u00a0');
    expect(sanitiseHighlight('&copy;')).toBe('&amp;copy;');
  });

  it('gives the bare text for titles and labels', () => {
    expect(highlightText('<mark>应急</mark>舟桥 &amp; 器材')).toBe('应急舟桥 & 器材');
    expect(highlightText('')).toBe('');
  });

  it('never outputs a tag other than mark, whatever it is given', () => {
    const nasty = [
      '<mark><img src=x onerror=alert(1)></mark>',
      '<<mark>script>alert(1)<</mark>/script>',
      '<mark/onmouseover=alert(1)>x</mark>',
      '<iframe srcdoc="<mark>x</mark>"></iframe>',
      '<style>*{}</style><mark>y</mark>',
    ];
    for (const input of nasty) {
      const html = sanitiseHighlight(input);
      const tags = [...html.matchAll(/<\/?([a-z]+)[^>]*>/gi)].map((match) => match[0]);
      for (const tag of tags) expect(['<mark>', '</mark>'], `${input} → ${html}`).toContain(tag);
    }
  });
});
