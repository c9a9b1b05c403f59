/**
 * Finds where a JSON text stops being valid. JSON.parse knows but does not say
 * so portably (V8 often prints only an excerpt, Safari nothing), and the import
 * dialog must name the line and column. Runs only after JSON.parse failed.
 * Iterative, so deeply nested input cannot overflow the stack.
 */
export interface JsonProblem {
  /** 0-based offset of the offending character (text length for "ended too early"). */
  offset: number;
  message: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'done';

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/**
 * Over ~80 lines on purpose: one state machine over one cursor `i`, which the string and scalar
 * scanners (closures) advance too; split into functions, each would need the cursor passed in and out.
 */
export function findJsonError(text: string): JsonProblem | null {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  const found = () => (i >= text.length ? 'the end of the file' : `'${text[i]}'`);
  const problem = (message: string): JsonProblem => ({ offset: i, message });
  const after = (): Expect => (stack.length > 0 ? 'comma-or-close' : 'done');

  const string = (): JsonProblem | null => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c < 0x20) return problem('a line break or control character inside a string must be escaped');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            return problem('\\u must be followed by four hex digits');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          return problem('invalid escape sequence in a string');
        }
      } else {
        i++;
      }
    }
    return problem('a string is not closed (missing ")');
  };

  const scalar = (): JsonProblem | null => {
    if (text[i] === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m && m[0] !== '' && m[0] !== '-') {
      i += m[0].length;
      return null;
    }
    return problem(`expected a value, found ${found()}`);
  };

  let expect: Expect = 'value';
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
    if (expect === 'done')
      return i < text.length ? problem(`unexpected ${found()} after the end of the JSON value`) : null;
    const c = text[i];
    switch (expect) {
      case 'value':
      case 'value-or-close': {
        if (expect === 'value-or-close' && c === ']') {
          i++;
          stack.pop();
          expect = after();
        } else if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          expect = c === '{' ? 'key-or-close' : 'value-or-close';
        } else {
          const p = scalar();
          if (p) return p;
          expect = after();
        }
        break;
      }
      case 'key':
      case 'key-or-close': {
        if (expect === 'key-or-close' && c === '}') {
          i++;
          stack.pop();
          expect = after();
          break;
        }
        if (c !== '"') return problem(`expected a property name in double quotes, found ${found()}`);
        const p = string();
        if (p) return p;
        expect = 'colon';
        break;
      }
      case 'colon':
        if (c !== ':') return problem(`expected ':' after the property name, found ${found()}`);
        i++;
        expect = 'value';
        break;
      case 'comma-or-close': {
        const close = stack[stack.length - 1] === '{' ? '}' : ']';
        if (c === ',') {
          i++;
          expect = close === '}' ? 'key' : 'value';
        } else if (c === close) {
          i++;
          stack.pop();
          expect = after();
        } else {
          return problem(`expected ',' or '${close}', found ${found()}`);
        }
        break;
      }
    }
  }
}
