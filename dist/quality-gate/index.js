import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 8894:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ formatValue),
/* harmony export */   U: () => (/* binding */ evaluatePolicy)
/* harmony export */ });
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5440);

const COMPARE = {
    '==': (a, b) => Math.abs(a - b) < 1e-9,
    '!=': (a, b) => Math.abs(a - b) >= 1e-9,
    '<=': (a, b) => a <= b + 1e-9,
    '>=': (a, b) => a + 1e-9 >= b,
    '<': (a, b) => a < b,
    '>': (a, b) => a > b,
};
/**
 * Judges every condition. A metric with no data fails a condition the user wrote
 * and skips a default one; it never passes.
 */
function evaluatePolicy(policy, metrics) {
    const results = policy.conditions.map((condition) => {
        const metric = metrics[condition.metric];
        if (metric.value === undefined) {
            const reason = `no data: ${metric.missing}`;
            return { condition, status: condition.ifMissing === 'skip' ? 'skipped' : 'failed', reason };
        }
        const ok = COMPARE[condition.op](metric.value, condition.threshold);
        return { condition, status: ok ? 'passed' : 'failed', actual: metric.value };
    });
    const failures = results.filter((r) => r.status === 'failed' && r.condition.severity === 'error').length;
    const warnings = results.filter((r) => r.status === 'failed' && r.condition.severity === 'warning').length;
    return { passed: failures === 0, results, failures, warnings };
}
function formatValue(metric, value) {
    if (value === undefined)
        return '—';
    const unit = _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb[metric].unit;
    const rounded = Number.isInteger(value) ? String(value) : value.toFixed(unit === 'ms' ? 0 : 2).replace(/\.?0+$/, '');
    if (unit === '%')
        return `${rounded}%`;
    if (unit === 'ms')
        return `${rounded} ms`;
    if (unit === 'points')
        return `${value > 0 ? '+' : ''}${rounded} pp`;
    return rounded;
}


/***/ }),

/***/ 2552:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ inputSchema)
/* harmony export */ });
/* harmony import */ var _pipeline_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4770);

/** Every input quality-gate/action.yml declares; the metadata test checks the two agree. */
const inputSchema = {
    reports: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)({ required: true }),
    policy: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)(),
    'if-no-files': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['error', 'warn', 'ignore'], { default: 'error' }),
    'github-token': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)({ secret: true }),
    'check-name': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)({ default: 'quality-gate' }),
    comment: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['auto', 'always', 'off'], { default: 'auto' }),
    summary: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zM)({ default: true }),
    baseline: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['auto', 'off'], { default: 'auto' }),
    'baseline-path': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)(),
    'base-ref': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)(),
    'new-code-min-lines': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .number */ .ai)({ default: 5, integer: true, min: 0 }),
    'max-annotations': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .number */ .ai)({ default: 500, integer: true, min: 0, max: 10_000 }),
    'max-report-size': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .number */ .ai)({ default: 512, min: 1, max: 8192 }),
    'results-path': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)(),
    fail: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zM)({ default: true }),
    'working-directory': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)({ default: '.' }),
};


/***/ }),

/***/ 1816:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _pipeline_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4770);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2552);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5317);



await (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(async (logger) => {
    const inputs = (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .parseInputs */ .TL)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputSchema */ .i, { mask: (s) => (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l)(s) });
    const run = await (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runQualityGate */ .i)(inputs, { logger, context: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .readRunContext */ .$p)(), summary: (section) => section.write(), setOutputs: (outputs) => (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .Gl)(outputs) });
    if (run.passed) {
        logger.info(run.headline);
    }
    else if (inputs.fail) {
        logger.error(run.headline);
        process.exitCode = 1;
    }
    else {
        logger.warning(`${run.headline} (not failing the step because 'fail' is false)`);
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5440:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   M8: () => (/* binding */ isMetricName),
/* harmony export */   pH: () => (/* binding */ computeMetrics)
/* harmony export */ });
/* unused harmony export mergeCoverage */
/* harmony import */ var _pipeline_reports__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7784);

/** Every metric a policy condition may name. Percentages are 0-100. */
const METRICS = {
    'tests.total': { unit: 'count', description: 'test cases run (retries folded)' },
    'tests.passed': { unit: 'count', description: 'test cases that passed, flaky ones included' },
    'tests.failed': { unit: 'count', description: 'test cases that failed or errored' },
    'tests.errors': { unit: 'count', description: 'test cases that errored' },
    'tests.skipped': { unit: 'count', description: 'test cases skipped or disabled' },
    'tests.flaky': { unit: 'count', description: 'test cases that passed only on a retry' },
    'tests.pass-rate': { unit: '%', description: 'passed / (total - skipped)' },
    'coverage.lines': { unit: '%', description: 'covered executable lines, all reports merged' },
    'coverage.branches': { unit: '%', description: 'covered branches' },
    'coverage.functions': { unit: '%', description: 'covered functions' },
    'coverage.new-lines': { unit: '%', description: 'covered executable lines among the lines changed since the merge base' },
    'coverage.delta': { unit: 'points', description: 'line coverage minus the baseline line coverage, in percentage points' },
    'findings.total': { unit: 'count', description: 'lint and SARIF findings' },
    'findings.error': { unit: 'count', description: 'findings at error level' },
    'findings.warning': { unit: 'count', description: 'findings at warning level' },
    'findings.note': { unit: 'count', description: 'findings at note level' },
    'findings.new': { unit: 'count', description: 'findings not in the baseline (or, with no baseline, on changed lines)' },
    'findings.new.error': { unit: 'count', description: 'new findings at error level' },
    'findings.new.warning': { unit: 'count', description: 'new findings at warning level' },
    'findings.new.note': { unit: 'count', description: 'new findings at note level' },
    'load.requests': { unit: 'count', description: 'requests made by the load test' },
    'load.error-rate': { unit: '%', description: 'failed requests / requests' },
    'load.p95-ms': { unit: 'ms', description: '95th percentile response time (worst across load reports)' },
    'load.p99-ms': { unit: 'ms', description: '99th percentile response time' },
    'load.avg-ms': { unit: 'ms', description: 'mean response time' },
    'load.p95-regression': { unit: '%', description: 'p95 change against the baseline, in percent (positive is slower)' },
};
function isMetricName(name) {
    return Object.hasOwn(METRICS, name);
}
function mergeCoverage(reports) {
    const files = new Map();
    const add = (a, b) => b === undefined ? a : { covered: (a?.covered ?? 0) + b.covered, total: (a?.total ?? 0) + b.total };
    let summaryLines;
    let branches;
    let functions;
    for (const report of reports) {
        branches = add(branches, report.totals.branches);
        functions = add(functions, report.totals.functions);
        if (!report.perLine) {
            summaryLines = add(summaryLines, report.totals.lines);
            continue;
        }
        for (const file of report.files) {
            let lines = files.get(file.path);
            if (!lines) {
                lines = new Map();
                files.set(file.path, lines);
            }
            for (const [line, hits] of file.lines)
                lines.set(line, Math.max(lines.get(line) ?? 0, hits));
        }
    }
    let lines = summaryLines;
    if (files.size > 0) {
        let covered = 0;
        let total = 0;
        for (const map of files.values()) {
            for (const hits of map.values()) {
                total += 1;
                if (hits > 0)
                    covered += 1;
            }
        }
        lines = add(lines, { covered, total });
    }
    return { files, ...(lines ? { lines } : {}), ...(branches ? { branches } : {}), ...(functions ? { functions } : {}) };
}
const pct = (r) => (r && r.total > 0 ? (r.covered / r.total) * 100 : undefined);
function computeMetrics(input) {
    const values = {};
    const set = (name, value, missing) => {
        values[name] = value === undefined || Number.isNaN(value) ? { missing } : { value };
    };
    const noTests = 'no test report was read';
    const counts = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0 };
    for (const report of input.tests) {
        counts.total += report.totals.total;
        counts.passed += report.totals.passed;
        counts.failed += report.totals.failed + report.totals.errors;
        counts.errors += report.totals.errors;
        counts.skipped += report.totals.skipped;
        counts.flaky += report.totals.flaky;
    }
    const haveTests = input.tests.length > 0;
    for (const key of ['total', 'passed', 'failed', 'errors', 'skipped', 'flaky'])
        set(`tests.${key}`, haveTests ? counts[key] : undefined, noTests);
    const ran = counts.total - counts.skipped;
    set('tests.pass-rate', haveTests && ran > 0 ? (counts.passed / ran) * 100 : undefined, haveTests ? 'every test was skipped' : noTests);
    const merged = mergeCoverage(input.coverage);
    const noCoverage = input.coverage.length === 0 ? 'no coverage report was read' : 'the coverage reports have no data of this kind';
    set('coverage.lines', pct(merged.lines), noCoverage);
    set('coverage.branches', pct(merged.branches), noCoverage);
    set('coverage.functions', pct(merged.functions), noCoverage);
    const lines = pct(merged.lines);
    set('coverage.delta', lines !== undefined && input.baseline?.coverageLines !== undefined ? lines - input.baseline.coverageLines : undefined, lines === undefined ? noCoverage : input.baseline ? 'the baseline has no line coverage' : input.baselineMissing);
    let diff;
    if (input.coverage.length === 0) {
        set('coverage.new-lines', undefined, 'no coverage report was read');
    }
    else if (merged.files.size === 0) {
        set('coverage.new-lines', undefined, 'the coverage reports have totals only, no per-line data');
    }
    else if (!input.newCode.changed) {
        set('coverage.new-lines', undefined, input.newCode.missing ?? 'the changed lines are unknown');
    }
    else {
        diff = (0,_pipeline_reports__WEBPACK_IMPORTED_MODULE_0__/* .computeDiffCoverage */ .FT)(input.coverage, input.newCode.changed, { minLines: input.newCodeMinLines });
        if (diff.skipped || diff.percent === undefined) {
            set('coverage.new-lines', undefined, `only ${diff.measured} changed executable line(s), below the minimum of ${input.newCodeMinLines}`);
        }
        else {
            set('coverage.new-lines', diff.percent, '');
        }
    }
    const all = input.findings.flatMap((r) => r.findings);
    const haveFindings = input.findings.length > 0;
    const noFindings = 'no lint or SARIF report was read';
    set('findings.total', haveFindings ? all.length : undefined, noFindings);
    for (const level of ['error', 'warning', 'note'])
        set(`findings.${level}`, haveFindings ? all.filter((f) => f.level === level).length : undefined, noFindings);
    let newFindings;
    let basis;
    if (!haveFindings) {
        basis = noFindings;
    }
    else if (input.baseline) {
        const known = new Set(input.baseline.findings);
        newFindings = all.filter((f) => !known.has(f.fingerprint));
        basis = `compared by fingerprint with the baseline of ${input.baseline.sha.slice(0, 12)}`;
    }
    else if (input.newCode.changed) {
        const changed = input.newCode.changed;
        newFindings = all.filter((f) => f.file !== undefined && f.line !== undefined && changed.get(f.file)?.has(f.line) === true);
        basis = `${input.baselineMissing}; findings on changed lines count as new`;
    }
    else {
        basis = `${input.baselineMissing}, and ${input.newCode.missing ?? 'the changed lines are unknown'}`;
    }
    set('findings.new', newFindings?.length, basis);
    for (const level of ['error', 'warning', 'note'])
        set(`findings.new.${level}`, newFindings?.filter((f) => f.level === level).length, basis);
    const noLoad = 'no load-test report was read';
    const haveLoad = input.load.length > 0;
    const requests = input.load.reduce((n, r) => n + r.requests, 0);
    const failed = input.load.reduce((n, r) => n + r.failedRequests, 0);
    const p95 = haveLoad ? Math.max(...input.load.map((r) => r.p95Ms)) : undefined;
    const p99s = input.load.map((r) => r.p99Ms).filter((v) => v !== undefined);
    const avg = requests > 0 ? input.load.reduce((n, r) => n + (r.avgMs ?? Number.NaN) * r.requests, 0) / requests : undefined;
    set('load.requests', haveLoad ? requests : undefined, noLoad);
    set('load.error-rate', haveLoad && requests > 0 ? (failed / requests) * 100 : undefined, haveLoad ? 'the load test made no requests' : noLoad);
    set('load.p95-ms', p95, noLoad);
    set('load.p99-ms', p99s.length > 0 ? Math.max(...p99s) : undefined, haveLoad ? 'the load reports have no p99' : noLoad);
    set('load.avg-ms', avg, haveLoad ? 'the load reports have no mean' : noLoad);
    const baseP95 = input.baseline?.loadP95Ms;
    set('load.p95-regression', p95 !== undefined && baseP95 !== undefined && baseP95 > 0 ? ((p95 - baseP95) / baseP95) * 100 : undefined, p95 === undefined ? noLoad : input.baseline ? 'the baseline has no load-test p95' : input.baselineMissing);
    return { metrics: values, diff, newFindings, newFindingsBasis: basis };
}


/***/ }),

/***/ 1471:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   P: () => (/* binding */ buildAnnotations),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   wQ: () => (/* binding */ renderComment)
/* harmony export */ });
/* unused harmony export ranges */
/* harmony import */ var _pipeline_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4770);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8894);


const STATUS_ICON = { passed: '✅', failed: '❌', skipped: '⏭️' };
function headline(result) {
    const { verdict } = result;
    const evaluated = verdict.results.filter((r) => r.status !== 'skipped').length;
    const passed = verdict.results.filter((r) => r.status === 'passed').length;
    if (verdict.passed)
        return `Quality gate passed: ${passed} of ${evaluated} conditions met${verdict.warnings ? `, ${verdict.warnings} warning(s)` : ''}`;
    return `Quality gate failed: ${verdict.failures} condition(s) not met`;
}
function conditionRows(result) {
    return result.verdict.results.map((r) => {
        const c = r.condition;
        const icon = r.status === 'failed' && c.severity === 'warning' ? '⚠️' : STATUS_ICON[r.status];
        return [`\`${(0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(c.text)}\``, r.actual === undefined ? (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(r.reason ?? '—') : (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .F)(c.metric, r.actual), `${icon} ${r.status}${c.severity === 'warning' ? ' (warning)' : ''}`];
    });
}
/** The markdown shared by the job summary and the check run, sized by the caller's budget. */
function renderSummary(result, options = {}) {
    const s = new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .SummaryBuilder */ .CF();
    const m = result.metrics;
    s.heading(`${result.verdict.passed ? '✅' : '❌'} ${headline(result)}`, 2);
    s.text(`Policy: ${result.policyOrigin}. ${result.baselineNote}`, 0);
    s.table(['Condition', 'Actual', 'Result'], conditionRows(result), { priority: 0, noun: 'conditions' });
    const v = (name) => (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .F)(name, m[name].value);
    if (result.tests.length > 0) {
        s.heading('Tests', 3, 1);
        s.table(['Total', 'Passed', 'Failed', 'Errors', 'Skipped', 'Flaky'], [[v('tests.total'), v('tests.passed'), v('tests.failed'), v('tests.errors'), v('tests.skipped'), v('tests.flaky')]], { priority: 1 });
        const total = m['tests.total'].value ?? 0;
        if (total > 0) {
            const slices = [
                ['passed', (m['tests.passed'].value ?? 0) - (m['tests.flaky'].value ?? 0)],
                ['flaky', m['tests.flaky'].value ?? 0],
                ['failed', m['tests.failed'].value ?? 0],
                ['skipped', m['tests.skipped'].value ?? 0],
            ].filter(([, n]) => Number(n) > 0);
            s.mermaid(`pie showData title Test results\n${slices.map(([k, n]) => `  "${k}" : ${n}`).join('\n')}`, 4);
        }
        const failed = result.failedTests;
        if (failed.length > 0) {
            s.heading('Failed tests', 4, 2);
            s.table(['Test', 'Where', 'Message'], failed.map((t) => [(0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(`${t.classname ? `${t.classname} › ` : ''}${t.name}`), (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(t.file ? `${t.file}${t.line ? `:${t.line}` : ''}` : t.suite), (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(t.message ?? t.status)]), { priority: 3, noun: 'failed tests' });
        }
    }
    if (result.coverage.length > 0) {
        s.heading('Coverage', 3, 1);
        s.table(['Lines', 'Branches', 'Functions', 'New lines', 'Delta'], [[v('coverage.lines'), v('coverage.branches'), v('coverage.functions'), m['coverage.new-lines'].value === undefined ? (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(m['coverage.new-lines'].missing) : v('coverage.new-lines'), v('coverage.delta')]], { priority: 1 });
        const lines = m['coverage.lines'].value;
        const fresh = m['coverage.new-lines'].value;
        if (lines !== undefined) {
            const bars = [lines, ...(fresh === undefined ? [] : [fresh])].map((x) => x.toFixed(1));
            s.mermaid(`xychart-beta\n  title "Line coverage (%)"\n  x-axis ["overall"${fresh === undefined ? '' : ', "new code"'}]\n  y-axis "%" 0 --> 100\n  bar [${bars.join(', ')}]`, 4);
        }
        const diff = result.diff;
        if (diff && diff.files.length > 0) {
            s.details(`New code coverage by file (${diff.covered}/${diff.measured} changed lines covered)`, [
                '| File | Covered | Uncovered lines |',
                '| --- | --- | --- |',
                ...diff.files.map((f) => `| ${(0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(f.path)} | ${f.covered}/${f.measured} | ${(0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(ranges(f.uncoveredLines).join(', ') || '—')} |`),
            ].join('\n'), 5);
        }
    }
    if (result.findingsReports > 0) {
        s.heading('Findings', 3, 1);
        s.table(['', 'Error', 'Warning', 'Note', 'Total'], [
            ['All', v('findings.error'), v('findings.warning'), v('findings.note'), v('findings.total')],
            ['New', v('findings.new.error'), v('findings.new.warning'), v('findings.new.note'), v('findings.new')],
        ], { priority: 1 });
        s.text(`_New findings: ${result.newFindingsBasis}._`, 2);
        if (result.newFindings && result.newFindings.length > 0) {
            s.table(['Level', 'Rule', 'Where', 'Message'], sortFindings(result.newFindings).map((f) => [f.level, (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(`${f.tool}/${f.ruleId}`), (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(where(f)), (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(firstLine(f.message))]), {
                priority: 3,
                noun: 'new findings',
            });
        }
    }
    if (result.load.length > 0) {
        s.heading('Load test', 3, 1);
        s.table(['Requests', 'Error rate', 'p95', 'p99', 'Mean', 'p95 vs baseline'], [[v('load.requests'), v('load.error-rate'), v('load.p95-ms'), v('load.p99-ms'), v('load.avg-ms'), v('load.p95-regression')]], {
            priority: 1,
        });
    }
    s.details('Reports read', result.reports.map((r) => `- \`${(0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(r.source)}\` (${r.format})`).join('\n') || '_none_', 6);
    if (options.runUrl)
        s.text(`[Workflow run](${options.runUrl})`, 0);
    return s;
}
/** The sticky pull-request comment: verdict and conditions only, details live in the run. */
function renderComment(result, options) {
    const s = new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .SummaryBuilder */ .CF();
    s.heading(`${result.verdict.passed ? '✅' : '❌'} ${headline(result)}`, 3);
    s.table(['Condition', 'Actual', 'Result'], conditionRows(result), { priority: 0, noun: 'conditions' });
    const links = [options.checkUrl ? `[details](${options.checkUrl})` : '', options.runUrl ? `[run](${options.runUrl})` : ''].filter(Boolean);
    s.text(`${result.baselineNote}${links.length > 0 ? ` ${links.join(' · ')}` : ''}`, 1);
    return s.render(60_000);
}
const LEVEL_RANK = { error: 0, warning: 1, note: 2 };
function sortFindings(findings) {
    return [...findings].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
}
function where(f) {
    return f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '—';
}
function firstLine(text) {
    const line = text.split('\n')[0] ?? '';
    return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
/** Collapses sorted line numbers into `a-b` ranges. */
function ranges(lines) {
    const out = [];
    let start;
    let prev = 0;
    for (const line of lines) {
        if (start !== undefined && line === prev + 1) {
            prev = line;
            continue;
        }
        if (start !== undefined)
            out.push(start === prev ? `${start}` : `${start}-${prev}`);
        start = line;
        prev = line;
    }
    if (start !== undefined)
        out.push(start === prev ? `${start}` : `${start}-${prev}`);
    return out;
}
/**
 * Annotations in priority order: failed tests, new error findings, uncovered new
 * code, then new warnings and notes. The caller cuts the tail and says how many.
 */
function buildAnnotations(result) {
    const out = [];
    for (const t of result.failedTests) {
        if (!t.file)
            continue;
        out.push({
            path: t.file,
            startLine: t.line ?? 1,
            endLine: t.line ?? 1,
            level: 'failure',
            title: `Test ${t.status}: ${testTitle(t)}`.slice(0, 255),
            message: t.message ?? `Test ${t.status}`,
            ...(t.details ? { rawDetails: t.details } : {}),
        });
    }
    // When new is unknown (no baseline and no diff), only errors are annotated, to keep noise down.
    const findings = sortFindings(result.newFindings ?? result.allFindings.filter((f) => f.level === 'error'));
    const located = findings.filter((f) => f.file !== undefined);
    const toAnnotation = (f) => ({
        path: f.file,
        startLine: f.line ?? 1,
        endLine: f.endLine ?? f.line ?? 1,
        level: f.level === 'error' ? 'failure' : f.level === 'warning' ? 'warning' : 'notice',
        title: `${f.tool}: ${f.ruleId}`.slice(0, 255),
        message: f.message || f.ruleId,
    });
    out.push(...located.filter((f) => f.level === 'error').map(toAnnotation));
    for (const file of result.diff?.files ?? []) {
        for (const range of ranges(file.uncoveredLines)) {
            const [a, b = a] = range.split('-').map(Number);
            out.push({
                path: file.path,
                startLine: a ?? 1,
                endLine: b ?? a ?? 1,
                level: 'warning',
                title: 'Changed lines not covered by tests',
                message: a === b ? `Line ${a} was changed but no test covers it.` : `Lines ${a}-${b} were changed but no test covers them.`,
            });
        }
    }
    out.push(...located.filter((f) => f.level !== 'error').map(toAnnotation));
    return out;
}
function testTitle(t) {
    return t.classname ? `${t.classname}.${t.name}` : t.name;
}


/***/ }),

/***/ 5317:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ runQualityGate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 11 modules
var src = __nccwpck_require__(4770);
;// CONCATENATED MODULE: ./packages/baseline/src/index.ts



function parse(text, sha, naming) {
    try {
        const value = JSON.parse(text);
        if (value.version !== 1 || value.sha !== sha || !naming.isValid(value))
            return undefined;
        return value;
    }
    catch {
        return undefined;
    }
}
/** A directory on persistent storage (self-hosted runners, tests): one JSON file per commit. */
class DirectoryBaselineStore {
    dir;
    naming;
    description;
    constructor(dir, naming) {
        this.dir = dir;
        this.naming = naming;
        this.description = `directory ${dir}`;
    }
    file(sha) {
        return (0,external_node_path_.join)(this.dir, `${this.naming.filePrefix}${sha}.json`);
    }
    async load(sha) {
        try {
            return parse((0,external_node_fs_.readFileSync)(this.file(sha), 'utf8'), sha, this.naming);
        }
        catch {
            return undefined;
        }
    }
    async save(baseline) {
        (0,external_node_fs_.mkdirSync)(this.dir, { recursive: true });
        (0,external_node_fs_.writeFileSync)(this.file(baseline.sha), JSON.stringify(baseline));
    }
}
// The cache client pulls in the Azure storage SDK; load it only on runners that have the service.
const loadCache = () => __nccwpck_require__.e(/* import() */ 520).then(__nccwpck_require__.bind(__nccwpck_require__, 4520));
async function actionsCacheAvailable(env = process.env) {
    if (!env['ACTIONS_CACHE_URL'] && !env['ACTIONS_RESULTS_URL'])
        return false;
    return (await loadCache()).isFeatureAvailable();
}
/**
 * The Actions cache, keyed by commit. Caches saved on the default branch are readable
 * from pull requests, which is exactly the baseline's audience.
 */
class ActionsCacheBaselineStore {
    naming;
    logger;
    description = 'the GitHub Actions cache';
    dir;
    constructor(runnerTemp, naming, logger) {
        this.naming = naming;
        this.logger = logger;
        // The cache version hashes this path, so it must be the same on every runner.
        this.dir = (0,external_node_path_.join)(runnerTemp, `pipeline-${naming.scope}-baseline`);
    }
    cacheKey(sha) {
        return `pipeline-${this.naming.scope}-v1-${this.naming.key}-${sha}`;
    }
    async load(sha) {
        (0,external_node_fs_.mkdirSync)(this.dir, { recursive: true });
        const hit = await (await loadCache()).restoreCache([this.dir], this.cacheKey(sha));
        if (!hit)
            return undefined;
        try {
            return parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.dir, 'baseline.json'), 'utf8'), sha, this.naming);
        }
        catch {
            return undefined;
        }
    }
    async save(baseline) {
        (0,external_node_fs_.mkdirSync)(this.dir, { recursive: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(this.dir, 'baseline.json'), JSON.stringify(baseline));
        try {
            await (await loadCache()).saveCache([this.dir], this.cacheKey(baseline.sha));
        }
        catch (error) {
            // A re-run of the same commit finds the key taken; the stored baseline is equivalent.
            this.logger.info(`Baseline for ${baseline.sha.slice(0, 12)} not saved again: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
}
/**
 * `baseline-path` wins (persistent runners, tests); otherwise the Actions cache when the
 * runner has the service; otherwise none, said once so the summary's "no baseline" is explained.
 */
async function chooseBaselineStore(options) {
    if (options.mode === 'off')
        return undefined;
    if (options.path)
        return new DirectoryBaselineStore((0,src/* resolveInWorkspace */.z1)(options.context.workspace, options.path, { input: 'baseline-path' }), options.naming);
    if (options.context.runnerTemp && (await actionsCacheAvailable()))
        return new ActionsCacheBaselineStore(options.context.runnerTemp, options.naming, options.logger);
    options.logger.info('The Actions cache is not available on this runner, so no baseline is stored or read; set baseline-path to use a directory.');
    return undefined;
}
/** The commit a run stores its baseline for: pushes to the default branch only, never pull requests. */
function baselineCommit(context, pr) {
    const defaultBranch = context.payload['repository']?.default_branch;
    return defaultBranch !== undefined && context.ref === `refs/heads/${defaultBranch}` && !pr ? context.sha : undefined;
}

// EXTERNAL MODULE: ./packages/reports/src/index.ts + 5 modules
var reports_src = __nccwpck_require__(7784);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
var external_fs_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_fs_, 2);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: external "url"
var external_url_ = __nccwpck_require__(7016);
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
;// CONCATENATED MODULE: ./node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => external_path_.posix.relative(cwd, p) || ".";
	return (p) => external_path_.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_.posix.relative(escapedCwd, result) : external_path_.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = external_path_.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_.fileURLToPath)(opts.cwd) : (0,external_path_.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_.readdirSync,
		realpath: opts.fs.realpath || external_fs_.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_.realpathSync,
		stat: opts.fs.stat || external_fs_.stat,
		statSync: opts.fs.statSync || external_fs_.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion


;// CONCATENATED MODULE: ./actions/quality-gate/src/baseline.ts
/** Where quality-gate keeps baselines: one per check name. */
function gateBaselineNaming(checkName) {
    return { scope: 'quality-gate', key: checkName, filePrefix: `${checkName}-`, isValid: (value) => Array.isArray(value.findings) };
}

// EXTERNAL MODULE: ./actions/quality-gate/src/evaluate.ts
var evaluate = __nccwpck_require__(8894);
;// CONCATENATED MODULE: ./actions/quality-gate/src/git.ts

const SHA = /^[0-9a-f]{7,64}$/i;
const REF = /^[A-Za-z0-9._/-]+$/;
/**
 * New-side changed lines since the merge base with `base`, from
 * `git diff --no-color --no-ext-diff -U0 <merge-base>...HEAD`, with explicit a/ b/
 * prefixes so a user's `diff.noprefix` cannot change the paths. Any failure is
 * reported as a reason (typically a shallow clone), never as "no changes".
 */
async function changedLines(exec, cwd, base) {
    if (!SHA.test(base) && (!REF.test(base) || base.startsWith('-'))) {
        return { missing: `'${base}' is not a commit or branch name` };
    }
    const git = (args) => exec('git', args, { cwd, timeoutMs: 60_000, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } });
    let mergeBase;
    try {
        const mb = await git(['merge-base', base, 'HEAD']);
        if (mb.exitCode !== 0) {
            return { missing: `no merge base between ${base} and HEAD (check out with 'fetch-depth: 0' so the base commit is present)` };
        }
        mergeBase = mb.stdout.trim();
    }
    catch {
        return { missing: 'git is not available on this runner' };
    }
    const diff = await git(['diff', '--no-color', '--no-ext-diff', '--src-prefix=a/', '--dst-prefix=b/', '-U0', `${mergeBase}...HEAD`]);
    if (diff.exitCode !== 0)
        return { missing: `git diff against ${mergeBase.slice(0, 12)} failed: ${diff.stderr.trim().split('\n')[0] ?? ''}` };
    return { changed: (0,reports_src/* parseUnifiedDiff */.rj)(diff.stdout), mergeBase };
}

// EXTERNAL MODULE: ./actions/quality-gate/src/metrics.ts
var metrics = __nccwpck_require__(5440);
;// CONCATENATED MODULE: ./actions/quality-gate/src/gate.ts




const FORMATS = ['junit', 'lcov', 'cobertura', 'istanbul-final', 'istanbul-summary', 'jacoco', 'sarif', 'checkstyle', 'k6', 'locust'];
/** `junit:reports/*.xml` forces a format; a plain glob is detected by content. */
function parseReportSpec(entry) {
    const match = /^([a-z0-9-]+):(.+)$/.exec(entry);
    if (match && FORMATS.includes(match[1]))
        return { format: match[1], pattern: match[2]?.trim() ?? '' };
    if (match && !match[2]?.startsWith('/') && !match[2]?.startsWith('\\')) {
        throw new src/* ConfigurationError */.j1(`Input 'reports' entry '${entry}' names an unknown format '${match[1]}'. Formats: ${FORMATS.join(', ')}; or give a plain glob to detect the format by content.`, { input: 'reports' });
    }
    return { pattern: entry };
}
async function collectFiles(options, deps) {
    const cwd = (0,src/* resolveInWorkspace */.z1)(options.workspace, options.workingDirectory, { input: 'working-directory' });
    const seen = new Set();
    const files = [];
    for (const entry of options.reports) {
        const spec = parseReportSpec(entry);
        const matches = (await deps.glob(spec.pattern, cwd)).sort();
        if (matches.length === 0) {
            const message = `Input 'reports': the pattern '${spec.pattern}' matched no files under ${(0,src/* toRepoRelative */.oh)(options.workspace, cwd) || '.'}.`;
            if (options.ifNoFiles === 'error')
                throw new src/* ConfigurationError */.j1(`${message} Check the path, or set 'if-no-files' to 'warn' or 'ignore'.`, { input: 'reports' });
            if (options.ifNoFiles === 'warn')
                deps.logger.warning(message);
            continue;
        }
        for (const match of matches) {
            const path = (0,src/* resolveInWorkspace */.z1)(options.workspace, match, { input: 'reports' });
            if (seen.has(path))
                continue;
            seen.add(path);
            files.push(spec.format ? { path, format: spec.format } : { path });
        }
    }
    return files;
}
async function runGate(options, deps) {
    const files = await collectFiles(options, deps);
    const parsed = [];
    await deps.logger.group(`Reading ${files.length} report(s)`, async () => {
        for (const file of files) {
            const report = await deps.readReport(file.path, { workspace: options.workspace, maxBytes: options.maxReportBytes, ...(file.format ? { format: file.format } : {}) });
            deps.logger.info(`${report.source}: ${report.format} (${describe(report)})`);
            parsed.push(report);
        }
    });
    const tests = parsed.filter((r) => r.kind === 'tests');
    const coverage = parsed.filter((r) => r.kind === 'coverage');
    const findings = parsed.filter((r) => r.kind === 'findings');
    const load = parsed.filter((r) => r.kind === 'load');
    let newCode = { missing: 'this run is not for a pull request, so there is no new code to measure' };
    let mergeBase;
    if (options.base) {
        const changed = await changedLines(deps.exec, options.workspace, options.base);
        newCode = changed;
        mergeBase = changed.mergeBase;
        if (changed.missing)
            deps.logger.warning(`New-code conditions cannot be judged: ${changed.missing}.`);
    }
    let baseline;
    let baselineMissing;
    if (!deps.baselines) {
        baselineMissing = 'baselines are off';
    }
    else if (!mergeBase) {
        baselineMissing = options.base ? 'no baseline: the merge base is unknown' : 'no baseline applies to this run';
    }
    else {
        baseline = await deps.baselines.load(mergeBase);
        baselineMissing = `no baseline is stored for the merge base ${mergeBase.slice(0, 12)} (baselines are saved by runs on the default branch)`;
    }
    const computed = (0,metrics/* computeMetrics */.pH)({ tests, coverage, findings, load, newCode, newCodeMinLines: options.policy.newCodeMinLines, baseline, baselineMissing });
    const verdict = (0,evaluate/* evaluatePolicy */.U)(options.policy, computed.metrics);
    if (options.saveBaselineFor && deps.baselines) {
        const toSave = {
            version: 1,
            sha: options.saveBaselineFor,
            createdAt: new Date().toISOString(),
            findings: findings.flatMap((r) => r.findings.map((f) => f.fingerprint)),
            ...(computed.metrics['coverage.lines'].value === undefined ? {} : { coverageLines: computed.metrics['coverage.lines'].value }),
            ...(computed.metrics['load.p95-ms'].value === undefined ? {} : { loadP95Ms: computed.metrics['load.p95-ms'].value }),
        };
        await deps.baselines.save(toSave);
        deps.logger.info(`Stored the baseline for ${options.saveBaselineFor.slice(0, 12)} in ${deps.baselines.description}.`);
    }
    const baselineNote = baseline
        ? `Compared with the baseline of merge base \`${baseline.sha.slice(0, 12)}\`.`
        : options.saveBaselineFor && deps.baselines
            ? `Stored as the baseline for \`${options.saveBaselineFor.slice(0, 12)}\`.`
            : `No baseline: ${baselineMissing.replace(/^no baseline: /, '')}.`;
    return {
        verdict,
        metrics: computed.metrics,
        policyOrigin: options.policy.origin,
        reports: parsed.map((r) => ({ source: r.source, format: r.format, kind: r.kind })),
        tests,
        coverage,
        load,
        findingsReports: findings.length,
        failedTests: tests.flatMap((r) => r.cases.filter((c) => c.status === 'failed' || c.status === 'error')),
        allFindings: findings.flatMap((r) => r.findings),
        newFindings: computed.newFindings,
        newFindingsBasis: computed.newFindingsBasis,
        diff: computed.diff,
        mergeBase,
        baseline,
        baselineNote,
    };
}
function describe(report) {
    switch (report.kind) {
        case 'tests':
            return `${report.totals.total} tests, ${report.totals.failed + report.totals.errors} failed`;
        case 'coverage':
            return `${report.totals.lines.covered}/${report.totals.lines.total} lines`;
        case 'findings':
            return `${report.findings.length} findings`;
        case 'load':
            return `${report.requests} requests, p95 ${report.p95Ms} ms`;
    }
}
/** The normalised results file other steps and the baseline read. */
function resultsJson(result) {
    return {
        version: 1,
        passed: result.verdict.passed,
        policy: result.policyOrigin,
        conditions: result.verdict.results.map((r) => ({
            condition: r.condition.text,
            metric: r.condition.metric,
            operator: r.condition.op,
            threshold: r.condition.threshold,
            severity: r.condition.severity,
            status: r.status,
            ...(r.actual === undefined ? {} : { actual: r.actual }),
            ...(r.reason === undefined ? {} : { reason: r.reason }),
        })),
        metrics: Object.fromEntries(Object.entries(result.metrics).map(([k, v]) => [k, v.value === undefined ? { missing: v.missing } : { value: v.value }])),
        reports: result.reports,
        mergeBase: result.mergeBase ?? null,
        baseline: result.baseline ? { sha: result.baseline.sha, createdAt: result.baseline.createdAt } : null,
        failedTests: result.failedTests.map((t) => ({ suite: t.suite, name: t.name, classname: t.classname, file: t.file, line: t.line, status: t.status, message: t.message })),
        newFindings: result.newFindings ?? null,
        newCode: result.diff ?? null,
    };
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/policy.ts



/**
 * Sonar-way-like defaults, plus the load-test conditions users most often ask for.
 * Each applies only when reports of its kind were read, so a repository without load
 * tests is not failed for lacking them.
 */
const DEFAULT_CONDITIONS = [
    'tests.failed == 0',
    'coverage.new-lines >= 80',
    'findings.new.error == 0',
    'load.error-rate <= 1%',
    'load.p95-regression <= 20%',
];
const OPERATORS = ['==', '!=', '<=', '>=', '<', '>'];
const CONDITION = /^\s*([a-z][a-z0-9.-]*)\s*(==|!=|<=|>=|<|>)\s*(-?\d+(?:\.\d+)?)\s*(%?)\s*$/;
function parseCondition(text, where = {}) {
    const match = CONDITION.exec(text);
    const location = { ...(where.file === undefined ? { input: 'policy' } : { file: where.file }), ...(where.line === undefined ? {} : { line: where.line }) };
    if (!match) {
        throw new src/* ConfigurationError */.j1(`Policy condition '${text}' is not valid: write '<metric> <operator> <number>', for example 'coverage.lines >= 80' or 'load.error-rate <= 1%'. Operators: ${OPERATORS.join(' ')}.`, location);
    }
    const [, metric = '', op = '==', value = '0', percent] = match;
    if (!(0,metrics/* isMetricName */.M8)(metric)) {
        throw new src/* ConfigurationError */.j1(`Policy condition '${text}' uses an unknown metric '${metric}'. Known metrics: ${Object.keys(metrics/* METRICS */.Cb).join(', ')}.`, location);
    }
    if (percent === '%' && metrics/* METRICS */.Cb[metric].unit !== '%') {
        throw new src/* ConfigurationError */.j1(`Policy condition '${text}': '${metric}' is measured in ${metrics/* METRICS */.Cb[metric].unit}, not percent.`, location);
    }
    return { text: text.trim(), metric, op: op, threshold: Number(value), severity: where.severity ?? 'error', ifMissing: where.ifMissing ?? 'fail' };
}
const POLICY_KEYS = new Set(['conditions', 'extends', 'new-code']);
const CONDITION_KEYS = new Set(['condition', 'severity', 'if-missing']);
/**
 * Reads the `policy` input: empty means the defaults; a single line naming a
 * .yml/.yaml/.json file reads that file; anything else is inline YAML (a list of
 * conditions, or a mapping with `conditions`, `extends: default` and `new-code`).
 */
async function loadPolicy(raw, workspace, defaults) {
    const defaultConditions = () => DEFAULT_CONDITIONS.map((text) => parseCondition(text, { ifMissing: 'skip' }));
    if (raw === undefined || raw.trim() === '') {
        return { conditions: defaultConditions(), newCodeMinLines: defaults.newCodeMinLines, origin: 'default policy' };
    }
    let text = raw;
    let file;
    const single = raw.trim();
    if (!single.includes('\n') && /\.(ya?ml|json)$/i.test(single)) {
        const path = (0,src/* resolveInWorkspace */.z1)(workspace, single, { input: 'policy' });
        try {
            if ((0,external_node_fs_.statSync)(path).size > 1024 * 1024)
                throw new src/* ConfigurationError */.j1(`Policy file '${single}' is larger than 1 MiB.`, { input: 'policy' });
            text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch (error) {
            if (error instanceof src/* ConfigurationError */.j1)
                throw error;
            throw new src/* ConfigurationError */.j1(`Input 'policy' names the file '${single}', which cannot be read. Give a policy file inside the workspace, or inline YAML.`, { input: 'policy' });
        }
        file = single;
    }
    // The YAML parser is a quarter of the bundle; only custom policies need it.
    const { parseDocument } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    const at = (offset) => (offset === undefined ? undefined : text.slice(0, offset).split('\n').length);
    const where = (offset) => {
        const line = at(offset);
        return { ...(file === undefined ? {} : { file }), ...(line === undefined ? {} : { line }) };
    };
    const firstError = doc.errors[0];
    if (firstError) {
        throw new src/* ConfigurationError */.j1(`Policy ${file ? `file '${file}'` : "input 'policy'"} is not valid YAML: ${firstError.message.split('\n')[0]}`, {
            ...where(firstError.pos[0]),
            ...(file === undefined ? { input: 'policy' } : {}),
        });
    }
    let value;
    try {
        // Aliases are refused outright: a policy has no use for them, and they are how YAML bombs expand.
        value = doc.toJS({ maxAliasCount: 0 });
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Policy ${file ? `file '${file}'` : "input 'policy'"} uses YAML anchors or aliases, which are not allowed; write the conditions out.`, { ...where(), ...(file === undefined ? { input: 'policy' } : {}) });
    }
    const origin = file ? `policy file ${file}` : 'inline policy';
    const conditions = [];
    let newCodeMinLines = defaults.newCodeMinLines;
    let entries;
    if (typeof value === 'string') {
        entries = value.split(/\n|;/).filter((s) => s.trim() !== '');
    }
    else if (Array.isArray(value)) {
        entries = value;
    }
    else if (value && typeof value === 'object') {
        const obj = value;
        for (const key of Object.keys(obj)) {
            if (!POLICY_KEYS.has(key))
                throw new src/* ConfigurationError */.j1(`Policy has an unknown key '${key}'. Valid keys: conditions, extends, new-code.`, where());
        }
        if (obj['extends'] !== undefined) {
            if (obj['extends'] !== 'default')
                throw new src/* ConfigurationError */.j1(`Policy 'extends' must be 'default', got '${String(obj['extends'])}'.`, where());
            conditions.push(...defaultConditions());
        }
        const newCode = obj['new-code'];
        if (newCode !== undefined) {
            const min = newCode?.['min-lines'];
            if (typeof min !== 'number' || !Number.isInteger(min) || min < 0) {
                throw new src/* ConfigurationError */.j1(`Policy 'new-code.min-lines' must be a whole number of changed executable lines (0 or more).`, where());
            }
            newCodeMinLines = min;
        }
        const list = obj['conditions'] ?? [];
        if (!Array.isArray(list))
            throw new src/* ConfigurationError */.j1(`Policy 'conditions' must be a list of conditions such as 'coverage.lines >= 80'.`, where());
        entries = list;
    }
    else {
        throw new src/* ConfigurationError */.j1(`Policy must be a list of conditions or a mapping with 'conditions'.`, where());
    }
    const items = findConditionNodes(doc);
    entries.forEach((entry, index) => {
        const line = at(items[index]);
        const loc = { ...(file === undefined ? {} : { file }), ...(line === undefined ? {} : { line }) };
        if (typeof entry === 'string') {
            conditions.push(parseCondition(entry, loc));
            return;
        }
        if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
            const obj = entry;
            for (const key of Object.keys(obj)) {
                if (!CONDITION_KEYS.has(key))
                    throw new src/* ConfigurationError */.j1(`Policy condition has an unknown key '${key}'. Valid keys: condition, severity, if-missing.`, loc);
            }
            const severity = obj['severity'] ?? 'error';
            const ifMissing = obj['if-missing'] ?? 'fail';
            if (severity !== 'error' && severity !== 'warning')
                throw new src/* ConfigurationError */.j1(`Policy condition severity must be 'error' or 'warning'.`, loc);
            if (ifMissing !== 'fail' && ifMissing !== 'skip')
                throw new src/* ConfigurationError */.j1(`Policy condition if-missing must be 'fail' or 'skip'.`, loc);
            if (typeof obj['condition'] !== 'string')
                throw new src/* ConfigurationError */.j1(`Policy condition needs a 'condition' such as 'coverage.lines >= 80'.`, loc);
            conditions.push(parseCondition(obj['condition'], { ...loc, severity, ifMissing }));
            return;
        }
        throw new src/* ConfigurationError */.j1(`Policy condition #${index + 1} must be a string such as 'coverage.lines >= 80'.`, loc);
    });
    if (conditions.length === 0)
        throw new src/* ConfigurationError */.j1(`Policy has no conditions; remove the 'policy' input to use the defaults, or add conditions.`, where());
    return { conditions, newCodeMinLines, origin };
}
/** Source offsets of each condition entry, so errors can point at the line. */
function findConditionNodes(doc) {
    const contents = doc.contents;
    if (!contents?.items)
        return [];
    const list = contents.items.find((i) => i.key?.value === 'conditions')?.value?.items ?? contents.items;
    return list.map((i) => i.range?.[0]);
}

// EXTERNAL MODULE: ./actions/quality-gate/src/report.ts
var src_report = __nccwpck_require__(1471);
;// CONCATENATED MODULE: ./actions/quality-gate/src/run.ts










/**
 * Reads the reports, judges them against the policy, writes the results file, and
 * publishes the verdict (summary, check run, sticky comment). Failing the step is the
 * caller's decision, so a composition can run further stages after a failed gate.
 */
async function runQualityGate(inputs, deps) {
    const { logger, context } = deps;
    const pr = (0,src/* pullRequestOf */._n)(context);
    const policy = await loadPolicy(inputs.policy, context.workspace, { newCodeMinLines: inputs.newCodeMinLines });
    const baselines = await chooseBaselineStore({ mode: inputs.baseline, path: inputs.baselinePath, naming: gateBaselineNaming(inputs.checkName), context, logger });
    const result = await runGate({
        workspace: context.workspace,
        workingDirectory: inputs.workingDirectory,
        reports: inputs.reports,
        ifNoFiles: inputs.ifNoFiles,
        policy,
        maxReportBytes: inputs.maxReportSize * 1024 * 1024,
        base: inputs.baseRef ?? pr?.baseSha,
        saveBaselineFor: deps.dryRun ? undefined : baselineCommit(context, pr),
    }, {
        logger,
        exec: src/* exec */.m0,
        readReport: reports_src/* readReport */.tL,
        glob: (pattern, cwd) => glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: true, followSymbolicLinks: false, expandDirectories: false }),
        baselines,
    });
    const resultsPath = inputs.resultsPath
        ? (0,src/* resolveInWorkspace */.z1)(context.workspace, inputs.resultsPath, { input: 'results-path' })
        : (0,external_node_path_.join)(context.runnerTemp || context.workspace, 'quality-gate', 'results.json');
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(resultsPath), { recursive: true });
    (0,external_node_fs_.writeFileSync)(resultsPath, `${JSON.stringify(resultsJson(result), null, 2)}\n`);
    // The summary goes out before any GitHub call, so it stands even when those fail.
    const summary = (0,src_report/* renderSummary */.Br)(result, context.runUrl ? { runUrl: context.runUrl } : {});
    if (inputs.summary)
        deps.summary(summary);
    if (deps.dryRun) {
        logger.info('dry-run: no check run or pull-request comment, and no baseline stored; the job summary has the results.');
    }
    else {
        // Octokit is only loaded when there is something to publish, which keeps cold start short.
        const { publish } = await Promise.all(/* import() */[__nccwpck_require__.e(8), __nccwpck_require__.e(212)]).then(__nccwpck_require__.bind(__nccwpck_require__, 212));
        await publish(result, summary, { inputs, context, pr, logger });
    }
    const m = result.metrics;
    deps.setOutputs({
        passed: result.verdict.passed,
        'results-path': resultsPath,
        tests: m['tests.total'].value,
        failed: m['tests.failed'].value,
        coverage: m['coverage.lines'].value?.toFixed(2),
        'new-code-coverage': m['coverage.new-lines'].value?.toFixed(2),
        'new-findings': m['findings.new'].value,
    });
    return { result, passed: result.verdict.passed, headline: (0,src_report/* headline */.Pl)(result), resultsPath };
}


/***/ }),

/***/ 4770:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ ConfigurationError),
  CF: () => (/* reexport */ SummaryBuilder),
  zM: () => (/* reexport */ inputs_boolean),
  Hn: () => (/* reexport */ cell),
  gJ: () => (/* reexport */ errorMessage),
  m0: () => (/* reexport */ exec),
  p_: () => (/* reexport */ list),
  $l: () => (/* reexport */ maskSecret),
  ai: () => (/* reexport */ number),
  yL: () => (/* reexport */ oneOf),
  TL: () => (/* reexport */ parseInputs),
  _n: () => (/* reexport */ pullRequestOf),
  $p: () => (/* reexport */ readRunContext),
  z1: () => (/* reexport */ resolveInWorkspace),
  Cs: () => (/* reexport */ runAction),
  Gl: () => (/* reexport */ setOutputs),
  Yj: () => (/* reexport */ string),
  oh: () => (/* reexport */ toRepoRelative),
  Ck: () => (/* reexport */ truncateUtf8)
});

// UNUSED EXPORTS: MemoryLogger, STEP_SUMMARY_LIMIT_BYTES, camelCase, duration, escapeData, escapeMarkdown, escapeProperty, formatCommand, formatFileCommand, getState, inputVariable, isConfigurationError, issueCommand, issueFileCommand, parseDuration, runnerLogger, saveState, sleep

;// CONCATENATED MODULE: ./packages/core/src/errors.ts
/**
 * A mistake the user can fix: a bad input, an unreadable report, a policy that
 * does not parse. Anything else that escapes is a bug in the suite.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    /** Repository-relative or absolute file the problem is in, when there is one. */
    file;
    /** 1-based line within `file`, when known. */
    line;
    /** The action input the problem came from, when there is one. */
    input;
    constructor(message, where = {}) {
        super(message, where.cause === undefined ? undefined : { cause: where.cause });
        this.file = where.file;
        this.line = where.line;
        this.input = where.input;
    }
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/core/src/commands.ts




/**
 * The runner's workflow-command protocol, written directly rather than through
 * @actions/core: that package loads an HTTP client (undici, ~0.9 MB) for OIDC at
 * import time, which alone doubled every action's cold start. The escaping and the
 * file-command heredoc format follow actions/runner exactly.
 */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function commands_issueCommand(command, properties, message, write = (l) => process.stdout.write(l)) {
    write(`${formatCommand(command, properties, message)}${external_node_os_.EOL}`);
}
/** `name<<DELIMITER` form, which carries any value, newlines included, safely. */
function formatFileCommand(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('Unexpected input: the value contains the delimiter');
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
/** Appends to a runner file command (`GITHUB_OUTPUT`, `GITHUB_STATE`, `GITHUB_ENV`). */
function commands_issueFileCommand(variable, name, value, env = process.env) {
    const path = env[variable];
    if (!path)
        return false;
    if (!(0,external_node_fs_.existsSync)(path))
        throw new ConfigurationError(`The runner's ${variable} file '${path}' does not exist.`);
    (0,external_node_fs_.appendFileSync)(path, formatFileCommand(name, value), 'utf8');
    return true;
}

;// CONCATENATED MODULE: ./packages/core/src/runner.ts


function annotation(p) {
    if (!p)
        return {};
    // The runner rejects column ranges that span lines, so only send them for one-line spans.
    const oneLine = p.endLine === undefined || p.endLine === p.startLine;
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: oneLine ? p.startColumn : undefined,
        endColumn: oneLine ? p.endColumn : undefined,
    };
}
/** The Logger that speaks the runner's workflow-command protocol on stdout. */
function runnerLogger(write = (t) => process.stdout.write(t)) {
    return {
        debug: (message) => commands_issueCommand('debug', {}, message, write),
        info: (message) => write(`${message}${external_node_os_.EOL}`),
        notice: (message, properties) => commands_issueCommand('notice', annotation(properties), message, write),
        warning: (message, properties) => commands_issueCommand('warning', annotation(properties), message, write),
        error: (message, properties) => commands_issueCommand('error', annotation(properties), message, write),
        async group(name, fn) {
            commands_issueCommand('group', {}, name, write);
            try {
                return await fn();
            }
            finally {
                commands_issueCommand('endgroup', {}, '', write);
            }
        },
    };
}
/** Writes step outputs; `undefined` values are skipped so consumers see an empty output, not "undefined". */
function setOutputs(outputs, env = process.env) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        const text = typeof value === 'string' ? value : String(value);
        if (!commands_issueFileCommand('GITHUB_OUTPUT', name, text, env)) {
            // Older runners without GITHUB_OUTPUT still read the deprecated command.
            commands_issueCommand('set-output', { name }, text);
        }
    }
}
/** Saves a value for this action's `post:` step, which reads it back as `STATE_<name>`. */
function saveState(name, value, env = process.env) {
    if (!issueFileCommand('GITHUB_STATE', name, value, env))
        issueCommand('save-state', { name }, value);
}
function getState(name, env = process.env) {
    return env[`STATE_${name}`] ?? '';
}

;// CONCATENATED MODULE: ./packages/core/src/mask.ts

/**
 * Registers a secret with the runner. Multi-line secrets (kubeconfigs, PEM keys) are
 * masked line by line too, since the runner matches each log line separately, and
 * their base64 forms are masked because kubeconfigs often carry them that way.
 */
function maskSecret(secret, register = (s) => commands_issueCommand('add-mask', {}, s)) {
    const value = secret.trim();
    if (value === '')
        return;
    const seen = new Set();
    const add = (s) => {
        // Very short fragments would blank out ordinary words all over the log.
        if (s.length < 4 || seen.has(s))
            return;
        seen.add(s);
        register(s);
    };
    add(value);
    for (const line of value.split(/\r?\n/))
        add(line.trim());
    add(Buffer.from(value, 'utf8').toString('base64'));
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/core/src/exec.ts

/**
 * Runs a program with an argument array and never through a shell, so no argument
 * can be reinterpreted as shell syntax. Rejects only when the program cannot start.
 */
const exec = (file, args, options = {}) => new Promise((resolve, reject) => {
    const max = options.maxBufferBytes ?? 64 * 1024 * 1024;
    const child = (0,external_node_child_process_namespaceObject.spawn)(file, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        shell: false,
        stdio: ['pipe', 'pipe', 'pipe'],
        signal: options.signal,
    });
    const out = [];
    const err = [];
    let outBytes = 0;
    let errBytes = 0;
    let truncated = false;
    let timedOut = false;
    child.stdout.on('data', (chunk) => {
        if (outBytes + chunk.length > max)
            truncated = true;
        else
            out.push(chunk);
        outBytes += chunk.length;
    });
    child.stderr.on('data', (chunk) => {
        if (errBytes + chunk.length > max)
            truncated = true;
        else
            err.push(chunk);
        errBytes += chunk.length;
    });
    let timer;
    let killer;
    if (options.timeoutMs !== undefined) {
        timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            killer = setTimeout(() => child.kill('SIGKILL'), 5000);
            killer.unref();
        }, options.timeoutMs);
    }
    child.on('error', (error) => {
        clearTimeout(timer);
        clearTimeout(killer);
        reject(error);
    });
    child.on('close', (exitCode, signal) => {
        clearTimeout(timer);
        clearTimeout(killer);
        resolve({
            exitCode,
            signal,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
            timedOut,
            truncated,
        });
    });
    child.stdin.on('error', () => {
        // The child may exit before reading its input; that is reported through the exit code.
    });
    child.stdin.end(options.input ?? '');
});

;// CONCATENATED MODULE: ./packages/core/src/summary.ts

/** GitHub refuses to show a step summary larger than this, and shows nothing at all then. */
const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Escapes text for a Markdown table cell: pipes split cells and newlines end rows. */
function cell(value) {
    if (value === undefined)
        return '';
    return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** Escapes the characters Markdown and HTML would interpret in inline text. */
function escapeMarkdown(text) {
    return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => `\\${c}`);
}
const bytes = (s) => Buffer.byteLength(s, 'utf8');
/**
 * Builds Markdown that always fits a byte budget. When it does not fit, rows of
 * the least important tables go first, then whole low-priority blocks, and each
 * cut is replaced by a note saying how much was left out.
 */
class SummaryBuilder {
    blocks = [];
    heading(text, level = 2, priority = 0) {
        return this.text(`${'#'.repeat(level)} ${text}`, priority);
    }
    text(markdown, priority = 1) {
        this.blocks.push({ kind: 'text', markdown, priority });
        return this;
    }
    table(headers, rows, options = {}) {
        this.blocks.push({
            kind: 'table',
            headers: headers.map((h) => cell(h)),
            rows: rows.map((r) => r.map((c) => c)),
            priority: options.priority ?? 5,
            noun: options.noun ?? 'rows',
        });
        return this;
    }
    details(summary, markdown, priority = 6) {
        return this.text(`<details><summary>${escapeMarkdown(summary)}</summary>\n\n${markdown}\n\n</details>`, priority);
    }
    mermaid(code, priority = 4) {
        return this.text(`\`\`\`mermaid\n${code}\n\`\`\``, priority);
    }
    /** Renders within `limitBytes`; never returns more than that. */
    render(limitBytes = STEP_SUMMARY_LIMIT_BYTES) {
        const blocks = this.blocks.map((b) => (b.kind === 'table' ? { ...b, rows: [...b.rows] } : { ...b }));
        const omitted = new Map();
        const dropped = [];
        const total = () => bytes(renderBlocks(blocks, omitted));
        if (total() <= limitBytes)
            return renderBlocks(blocks, omitted);
        const order = [...blocks].sort((a, b) => b.priority - a.priority);
        for (const block of order) {
            const over = total() - limitBytes;
            if (over <= 0)
                break;
            if (block.kind === 'table' && block.rows.length > 0) {
                // Remove rows from the end until the overflow is gone (or the table is empty).
                let freed = 0;
                let cut = 0;
                while (block.rows.length > 0 && freed < over + 200) {
                    const row = block.rows.pop();
                    freed += bytes(renderRow(row ?? [])) + 1;
                    cut += 1;
                }
                omitted.set(block, (omitted.get(block) ?? 0) + cut);
                if (total() <= limitBytes)
                    break;
            }
            else if (block.priority > 0) {
                const index = blocks.indexOf(block);
                if (index >= 0)
                    blocks.splice(index, 1);
                dropped.push(block);
            }
        }
        let out = renderBlocks(blocks, omitted);
        if (dropped.length > 0)
            out += `\n\n_${dropped.length} more section(s) not shown: the job summary is limited to 1 MiB._\n`;
        if (bytes(out) > limitBytes)
            out = truncateUtf8(out, limitBytes - 64) + '\n\n_Summary truncated at the 1 MiB limit._\n';
        return out;
    }
    /** Appends to the step summary file, counting what earlier writes in this step used. */
    write(path = process.env['GITHUB_STEP_SUMMARY']) {
        if (!path)
            return undefined;
        let used = 0;
        try {
            used = (0,external_node_fs_.statSync)(path).size;
        }
        catch {
            used = 0;
        }
        const markdown = this.render(Math.max(0, STEP_SUMMARY_LIMIT_BYTES - used));
        (0,external_node_fs_.appendFileSync)(path, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
        return markdown;
    }
}
function renderRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
function renderBlocks(blocks, omitted) {
    return blocks
        .map((b) => {
        if (b.kind === 'text')
            return b.markdown;
        const lines = [renderRow(b.headers), renderRow(b.headers.map(() => '---')), ...b.rows.map(renderRow)];
        const cut = omitted.get(b);
        if (cut)
            lines.push('', `_${cut} more ${b.noun} not shown._`);
        return lines.join('\n');
    })
        .join('\n\n')
        .concat('\n');
}
/** Cuts a string to at most `max` UTF-8 bytes without splitting a character. */
function truncateUtf8(text, max) {
    if (bytes(text) <= max)
        return text;
    const buf = Buffer.from(text, 'utf8').subarray(0, Math.max(0, max));
    // A trailing partial sequence decodes to U+FFFD; drop it.
    return buf.toString('utf8').replace(/\uFFFD+$/, '');
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts

function field(parse, options) {
    return {
        required: options.required ?? false,
        secret: options.secret ?? false,
        parse(raw, name) {
            if (raw === undefined || raw === '') {
                if (options.required ?? false) {
                    throw new ConfigurationError(`Input '${name}' is required but was not set.`, { input: name });
                }
                return options.fallback();
            }
            return parse(raw, name);
        },
    };
}
const invalid = (name, raw, valid) => new ConfigurationError(`Input '${name}' has an invalid value '${truncate(raw)}': expected ${valid}.`, { input: name });
function truncate(raw) {
    return raw.length > 80 ? `${raw.slice(0, 77)}...` : raw;
}
function string(options = {}) {
    return field((raw, name) => {
        if (options.pattern && !options.pattern.test(raw))
            throw invalid(name, options.secret ? '***' : raw, options.expect ?? `a value matching ${options.pattern.source}`);
        return raw;
    }, { ...options, fallback: () => options.default });
}
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts. */
function inputs_boolean(options) {
    return field((raw, name) => {
        if (TRUE.has(raw))
            return true;
        if (FALSE.has(raw))
            return false;
        throw invalid(name, raw, "'true' or 'false'");
    }, { fallback: () => options.default });
}
function number(options = {}) {
    const describe = () => {
        const kind = options.integer ? 'an integer' : 'a number';
        if (options.min !== undefined && options.max !== undefined)
            return `${kind} from ${options.min} to ${options.max}`;
        if (options.min !== undefined)
            return `${kind} of at least ${options.min}`;
        if (options.max !== undefined)
            return `${kind} of at most ${options.max}`;
        return kind;
    };
    return field((raw, name) => {
        const value = Number(raw);
        if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw) || !Number.isFinite(value))
            throw invalid(name, raw, describe());
        if (options.integer && !Number.isInteger(value))
            throw invalid(name, raw, describe());
        if (options.min !== undefined && value < options.min)
            throw invalid(name, raw, describe());
        if (options.max !== undefined && value > options.max)
            throw invalid(name, raw, describe());
        return value;
    }, { ...options, fallback: () => options.default });
}
function oneOf(values, options = {}) {
    return field((raw, name) => {
        const lowered = raw.toLowerCase();
        const match = values.find((v) => v.toLowerCase() === lowered);
        if (match === undefined)
            throw invalid(name, raw, `one of ${values.map((v) => `'${v}'`).join(', ')}`);
        return match;
    }, { ...options, fallback: () => options.default });
}
/** Newline- or comma-separated values; blank entries and `#` comments are dropped. */
function list(options = {}) {
    const split = options.separator === 'newline' ? /\r?\n/ : /\r?\n|,/;
    return field((raw) => raw
        .split(split)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#')), { ...options, fallback: () => [...(options.default ?? [])] });
}
/** Durations such as `90`, `90s`, `5m`, `1h30m`; the result is in milliseconds. */
function duration(options) {
    const valid = "a duration such as '30s', '5m' or '1h30m' (a bare number means seconds)";
    const bound = (text, fallback) => (text === undefined ? fallback : parseDuration(text) ?? fallback);
    const min = bound(options.min, 0);
    const max = bound(options.max, Number.MAX_SAFE_INTEGER);
    return field((raw, name) => {
        const ms = parseDuration(raw);
        if (ms === undefined)
            throw invalid(name, raw, valid);
        if (ms < min || ms > max)
            throw invalid(name, raw, `${valid} between ${options.min ?? '0s'} and ${options.max ?? 'unbounded'}`);
        return ms;
    }, { fallback: () => parseDuration(options.default) ?? 0 });
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
function parseDuration(text) {
    const trimmed = text.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
    let total = 0;
    let consumed = 0;
    for (const m of trimmed.matchAll(re)) {
        total += Number(m[1]) * (UNIT_MS[m[2] ?? 's'] ?? 1000);
        consumed += m[0].length;
    }
    if (consumed === 0 || consumed !== trimmed.length)
        return undefined;
    return Math.round(total);
}
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
/** The environment variable the runner sets for an input: spaces become `_`, the rest is upper-cased. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/**
 * Parses every input of `schema` from the runner's `INPUT_*` variables. All problems
 * are collected so the user sees every bad input in one run, not one per attempt.
 */
function parseInputs(schema, options = {}) {
    const env = options.env ?? process.env;
    const result = {};
    const problems = [];
    for (const [name, spec] of Object.entries(schema)) {
        const raw = env[inputVariable(name)]?.trim();
        if (spec.secret && raw)
            options.mask?.(raw);
        try {
            result[camelCase(name)] = spec.parse(raw, name);
        }
        catch (error) {
            if (error instanceof ConfigurationError)
                problems.push(error);
            else
                throw error;
        }
    }
    if (problems.length === 1 && problems[0])
        throw problems[0];
    if (problems.length > 1) {
        throw new ConfigurationError(problems.map((p) => p.message).join('\n'), { input: problems[0]?.input ?? '' });
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/context.ts


function readRunContext(env = process.env) {
    const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '/').split('/');
    const eventPath = env['GITHUB_EVENT_PATH'];
    let payload = {};
    if (eventPath) {
        try {
            const parsed = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
            if (parsed && typeof parsed === 'object')
                payload = parsed;
        }
        catch (error) {
            throw new ConfigurationError(`GITHUB_EVENT_PATH '${eventPath}' is not a readable JSON event payload.`, { file: eventPath, cause: error });
        }
    }
    const serverUrl = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '');
    const runId = Number(env['GITHUB_RUN_ID'] ?? 0);
    return {
        owner,
        repo,
        eventName: env['GITHUB_EVENT_NAME'] ?? '',
        payload,
        sha: env['GITHUB_SHA'] ?? '',
        ref: env['GITHUB_REF'] ?? '',
        workflow: env['GITHUB_WORKFLOW'] ?? '',
        job: env['GITHUB_JOB'] ?? '',
        runId,
        runAttempt: Number(env['GITHUB_RUN_ATTEMPT'] ?? 1),
        actor: env['GITHUB_ACTOR'] ?? '',
        serverUrl,
        apiUrl: (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, ''),
        workspace: env['GITHUB_WORKSPACE'] ?? process.cwd(),
        runnerTemp: env['RUNNER_TEMP'] ?? '',
        runUrl: owner && runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : '',
    };
}
/** The pull request this run is for, from `pull_request`/`pull_request_target` payloads. */
function pullRequestOf(context) {
    const pr = context.payload['pull_request'];
    if (!pr || typeof pr.number !== 'number')
        return undefined;
    const headRepo = pr.head?.repo?.full_name;
    const baseRepo = pr.base?.repo?.full_name ?? `${context.owner}/${context.repo}`;
    return {
        number: pr.number,
        headSha: pr.head?.sha ?? context.sha,
        baseSha: pr.base?.sha ?? '',
        baseRef: pr.base?.ref ?? '',
        fromFork: headRepo !== undefined && headRepo !== baseRepo,
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/paths.ts



function inside(root, candidate) {
    const rel = (0,external_node_path_.relative)(root, candidate);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
function real(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}
/**
 * Resolves a user-supplied path and refuses it when it escapes the workspace,
 * by `..` or by a symlink, so an input can never make the action read or write
 * elsewhere on the runner.
 */
function resolveInWorkspace(workspace, path, what = {}) {
    const root = real((0,external_node_path_.resolve)(workspace));
    const absolute = (0,external_node_path_.resolve)(root, path);
    const label = what.input ? `Input '${what.input}'` : 'Path';
    if (!inside(root, absolute) || !inside(root, real(absolute))) {
        throw new ConfigurationError(`${label} '${path}' resolves outside the workspace (${root}); use a path inside the repository checkout.`, what);
    }
    return absolute;
}
/** Repository-relative form with forward slashes, as GitHub annotations expect. */
function toRepoRelative(workspace, path) {
    const rel = (0,external_node_path_.isAbsolute)(path) ? (0,external_node_path_.relative)(workspace, path) : path;
    return rel.split(external_node_path_.sep).join('/').replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./packages/core/src/run-action.ts


/**
 * Runs an action's body with the two levels of catch the best action repos use.
 * The inner level turns a ConfigurationError into an annotation that says how to
 * fix it, and any other error into a one-line message with the stack only in debug
 * output. The outer net catches a failure of the reporting itself. Exit goes
 * through `process.exitCode`, so pending output is flushed.
 */
async function runAction(body, logger = runnerLogger()) {
    try {
        try {
            await body(logger);
        }
        catch (error) {
            process.exitCode = 1;
            if (isConfigurationError(error)) {
                const props = {};
                if (error.file !== undefined)
                    props.file = error.file;
                if (error.line !== undefined)
                    props.startLine = error.line;
                if (error.input !== undefined)
                    props.title = `Input '${error.input}'`;
                for (const [i, line] of error.message.split('\n').entries())
                    logger.error(line, i === 0 ? props : {});
            }
            else {
                const message = error instanceof Error ? error.message : String(error);
                logger.error(`Unexpected error (a bug in pipeline, please report it): ${message}`);
                if (error instanceof Error && error.stack)
                    logger.debug(error.stack);
            }
        }
    }
    catch (fatal) {
        process.exitCode = 1;
        process.stdout.write(`::error::pipeline failed while reporting an error: ${String(fatal).split('\n')[0]}\n`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts














/***/ }),

/***/ 931:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   az: () => (/* binding */ FingerprintDeduper),
/* harmony export */   ix: () => (/* binding */ findingFingerprint)
/* harmony export */ });
/* unused harmony export stableHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Stable identity of a finding across commits.
 *
 * The line number is deliberately left out: code that moves because lines were
 * added above it must keep its identity, or every edit would report "new" findings.
 * Parts are joined with NUL so that ('a b', 'c') and ('a', 'b c') never collide.
 */
function stableHash(parts) {
    // One-shot hash (Node 20.12+): no Hash object per finding, which matters at 50k results.
    return hash('sha256', parts.join('\u0000'), 'hex').slice(0, 32);
}
function findingFingerprint(parts) {
    // The same bytes as stableHash([tool, ruleId, file, identity]), without an array per finding.
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', `${parts.tool}\u0000${parts.ruleId}\u0000${parts.file ?? ''}\u0000${parts.identity}`, 'hex').slice(0, 32);
}
/**
 * Makes repeated fingerprints unique within one report by suffixing the
 * occurrence number (`:2`, `:3`, ...) in document order, the way codeql-action
 * numbers `primaryLocationLineHash`. Two identical messages from the same rule in
 * the same file then stay two findings, and the first keeps the bare hash so a
 * single occurrence never changes identity when a duplicate appears after it.
 *
 * Fingerprints seen so far sit in an open-addressing table of typed arrays, keyed
 * by a 32-bit hash of the string and confirmed by comparing the strings. A Set of
 * tens of thousands of fresh strings costs far more: every insertion writes a
 * young string into an old table, and every rehash reads each string again.
 */
class FingerprintDeduper {
    /** Every distinct fingerprint, in the order first seen; the table holds indexes into it. */
    distinct = [];
    /** Per table slot: the fingerprint's hash, and its index in `distinct` plus one (0 is an empty slot). */
    hashes = new Int32Array(1024);
    entries = new Int32Array(1024);
    /** Occurrences so far of the fingerprints seen more than once. */
    repeats = new Map();
    unique(fingerprint) {
        const hash = stringHash(fingerprint);
        const mask = this.entries.length - 1;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const entry = this.entries[slot] ?? 0;
            if (entry === 0) {
                this.entries[slot] = this.distinct.length + 1;
                this.hashes[slot] = hash;
                this.distinct.push(fingerprint);
                // At most half full, so probe runs stay short.
                if (this.distinct.length * 2 > mask)
                    this.grow();
                return fingerprint;
            }
            if (this.hashes[slot] === hash && this.distinct[entry - 1] === fingerprint)
                break;
        }
        const count = (this.repeats.get(fingerprint) ?? 1) + 1;
        this.repeats.set(fingerprint, count);
        return `${fingerprint}:${count}`;
    }
    grow() {
        const hashes = this.hashes;
        const entries = this.entries;
        const size = entries.length * 2;
        const mask = size - 1;
        this.hashes = new Int32Array(size);
        this.entries = new Int32Array(size);
        for (let old = 0; old < entries.length; old++) {
            const entry = entries[old] ?? 0;
            if (entry === 0)
                continue;
            const hash = hashes[old] ?? 0;
            let slot = hash & mask;
            while (this.entries[slot] !== 0)
                slot = (slot + 1) & mask;
            this.entries[slot] = entry;
            this.hashes[slot] = hash;
        }
    }
}
/** FNV-1a over UTF-16 code units: only places a fingerprint in the table, so it need not be strong. */
function stringHash(text) {
    let hash = 0x811c9dc5;
    for (let index = 0; index < text.length; index++)
        hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
    return hash;
}


/***/ }),

/***/ 7784:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  FT: () => (/* reexport */ computeDiffCoverage),
  rj: () => (/* reexport */ parseUnifiedDiff),
  tL: () => (/* reexport */ readReport)
});

// UNUSED EXPORTS: CHECKSTYLE_NO_RULE, DEFAULT_MAX_REPORT_BYTES, DETAILS_CAP, FingerprintDeduper, REPORT_FORMATS, REPORT_PARSERS, checkstyleLevel, describeContent, detectFormat, findingFingerprint, isReportFormat, normalizeReportPath, parseCheckstyle, parseCobertura, parseIstanbulFinal, parseIstanbulSummary, parseJacoco, parseJunit, parseK6, parseLcov, parseLocust, parseSarif

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 11 modules
var src = __nccwpck_require__(4770);
;// CONCATENATED MODULE: ./packages/reports/src/detect.ts
/** Every format `readReport` understands, in the order users usually meet them. */
const REPORT_FORMATS = [
    'junit',
    'lcov',
    'cobertura',
    'istanbul-final',
    'istanbul-summary',
    'jacoco',
    'sarif',
    'checkstyle',
    'k6',
    'locust',
];
const FORMAT_SET = new Set(REPORT_FORMATS);
function isReportFormat(value) {
    return FORMAT_SET.has(value);
}
const XML_ROOTS = {
    testsuites: 'junit',
    testsuite: 'junit',
    coverage: 'cobertura',
    report: 'jacoco',
    checkstyle: 'checkstyle',
};
/**
 * Recognises a report by its content: the XML root element, the first LCOV
 * record, the Locust CSV header, or the shape of a JSON document. `head` is the
 * decoded start of the file (it may be cut anywhere); `fileName` only breaks
 * ties the content cannot (an empty `coverage-final.json` is just `{}`).
 * Returns undefined when unsure, never a guess.
 */
function detectFormat(head, fileName) {
    const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
    const start = skipWhitespace(text, 0);
    const first = text[start];
    if (first === '<')
        return detectXml(text, start);
    if (first === '{' || first === '[')
        return detectJson(text.slice(start), baseName(fileName));
    return detectText(text.slice(start), baseName(fileName));
}
/** A short description of what the content looks like, for error messages. */
function describeContent(head) {
    const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
    const start = skipWhitespace(text, 0);
    if (start >= text.length)
        return 'an empty file';
    if (text[start] === '<') {
        const root = xmlRoot(text, start);
        return root === undefined ? 'XML without a readable root element' : `XML with root element <${root.name}>`;
    }
    if (text[start] === '{' || text[start] === '[')
        return 'JSON of an unrecognised shape';
    const line = text.slice(start, start + 60).split('\n', 1)[0] ?? '';
    return `text starting "${line}"`;
}
function detectXml(text, start) {
    const root = xmlRoot(text, start);
    if (root === undefined)
        return undefined;
    const format = XML_ROOTS[root.name];
    // Clover also uses a <coverage> root; it is recognised by its own attributes.
    if (format === 'cobertura' && /\sclover\s*=/.test(root.attributes))
        return undefined;
    return format;
}
/** Skips the prolog (declaration, comments, processing instructions, DOCTYPE) and reads the root tag. */
function xmlRoot(text, from) {
    let i = from;
    for (;;) {
        i = skipWhitespace(text, i);
        if (text.startsWith('<?', i)) {
            const end = text.indexOf('?>', i + 2);
            if (end === -1)
                return undefined;
            i = end + 2;
        }
        else if (text.startsWith('<!--', i)) {
            const end = text.indexOf('-->', i + 4);
            if (end === -1)
                return undefined;
            i = end + 3;
        }
        else if (text.startsWith('<!', i)) {
            const end = endOfDoctype(text, i + 2);
            if (end === -1)
                return undefined;
            i = end + 1;
        }
        else if (text[i] === '<') {
            let end = i + 1;
            while (end < text.length && !' \t\r\n/>'.includes(text.charAt(end)))
                end++;
            const qualified = text.slice(i + 1, end);
            const colon = qualified.indexOf(':');
            const close = text.indexOf('>', end);
            const attributes = text.slice(end, close === -1 ? text.length : close);
            return qualified.length === 0 ? undefined : { name: colon === -1 ? qualified : qualified.slice(colon + 1), attributes };
        }
        else {
            return undefined;
        }
    }
}
function endOfDoctype(text, from) {
    let depth = 0;
    let quote = '';
    for (let i = from; i < text.length; i++) {
        const c = text.charAt(i);
        if (quote !== '') {
            if (c === quote)
                quote = '';
        }
        else if (c === '"' || c === "'") {
            quote = c;
        }
        else if (c === '[') {
            depth++;
        }
        else if (c === ']') {
            depth--;
        }
        else if (c === '>' && depth <= 0) {
            return i;
        }
    }
    return -1;
}
function detectJson(text, name) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return detectJsonText(text, name);
    }
    if (!isRecord(value))
        return undefined;
    const schema = value.$schema;
    if ((typeof schema === 'string' && /sarif/i.test(schema)) || (value.version === '2.1.0' && Array.isArray(value.runs)))
        return 'sarif';
    if (isRecord(value.metrics) && 'http_req_duration' in value.metrics)
        return 'k6';
    if (isRecord(value.total) && isRecord(value.total.lines) && 'pct' in value.total.lines)
        return 'istanbul-summary';
    const entries = Object.values(value);
    if (entries.length > 0 && entries.every((entry) => isRecord(entry) && 'statementMap' in entry))
        return 'istanbul-final';
    if (entries.length === 0 && name === 'coverage-final.json')
        return 'istanbul-final';
    return undefined;
}
/** The same checks on a head cut mid-document, where only the text is available. */
function detectJsonText(text, name) {
    if (/"\$schema"\s*:\s*"[^"]*sarif/i.test(text) || (/"version"\s*:\s*"2\.1\.0"/.test(text) && /"runs"\s*:\s*\[/.test(text)))
        return 'sarif';
    if (/"metrics"\s*:\s*\{/.test(text) && /"http_req_duration"\s*:/.test(text))
        return 'k6';
    if (/^\{\s*"(?:[^"\\]|\\.)*"\s*:\s*\{/.test(text) && /"statementMap"\s*:/.test(text))
        return 'istanbul-final';
    if (/"total"\s*:\s*\{/.test(text) && /"lines"\s*:\s*\{[^}]*"pct"\s*:/.test(text))
        return 'istanbul-summary';
    if (name === 'coverage-final.json')
        return 'istanbul-final';
    return undefined;
}
function detectText(text, name) {
    const firstLine = (text.split('\n', 1)[0] ?? '').trimEnd();
    if (firstLine.startsWith('TN:') || firstLine.startsWith('SF:'))
        return 'lcov';
    if (firstLine.replaceAll('"', '').startsWith('Type,Name,Request Count'))
        return 'locust';
    // LCOV with a banner or comment first: trust the name only when records follow.
    if ((name.endsWith('.lcov') || name.endsWith('.info')) && text.includes('\nSF:'))
        return 'lcov';
    return undefined;
}
function skipWhitespace(text, from) {
    let i = from;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)
            break;
        i++;
    }
    return i;
}
function baseName(fileName) {
    const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    return fileName.slice(slash + 1).toLowerCase();
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./packages/reports/src/limits.ts
var limits = __nccwpck_require__(2591);
// EXTERNAL MODULE: ./packages/reports/src/xml/encoding.ts
var encoding = __nccwpck_require__(5124);
;// CONCATENATED MODULE: ./packages/reports/src/read.ts







/**
 * Loads the parser of each format on first use, so a run that reads only JUnit
 * never loads (or, bundled, even compiles) the code for SARIF, LCOV or the rest:
 * that keeps the action's cold start short. The XML parsers get only the options
 * they take.
 */
const LOADERS = {
    'junit': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(800), __nccwpck_require__.e(543)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8543))).parseJunit,
    'lcov': async () => (await __nccwpck_require__.e(/* import() */ 223).then(__nccwpck_require__.bind(__nccwpck_require__, 7223))).parseLcov,
    'cobertura': async () => {
        const { parseCobertura } = await Promise.all(/* import() */[__nccwpck_require__.e(800), __nccwpck_require__.e(914)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1914));
        return async (input, ctx, options) => parseCobertura(input, ctx, { maxBytes: options.maxBytes });
    },
    'istanbul-final': async () => (await __nccwpck_require__.e(/* import() */ 705).then(__nccwpck_require__.bind(__nccwpck_require__, 1705))).parseIstanbulFinal,
    'istanbul-summary': async () => (await __nccwpck_require__.e(/* import() */ 705).then(__nccwpck_require__.bind(__nccwpck_require__, 1705))).parseIstanbulSummary,
    'jacoco': async () => {
        const { parseJacoco } = await Promise.all(/* import() */[__nccwpck_require__.e(800), __nccwpck_require__.e(774)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9774));
        return async (input, ctx, options) => parseJacoco(input, ctx, { maxBytes: options.maxBytes });
    },
    'sarif': async () => (await __nccwpck_require__.e(/* import() */ 498).then(__nccwpck_require__.bind(__nccwpck_require__, 8498))).parseSarif,
    'checkstyle': async () => {
        const { parseCheckstyle } = await Promise.all(/* import() */[__nccwpck_require__.e(800), __nccwpck_require__.e(417)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2417));
        return async (input, ctx, options) => parseCheckstyle(input, ctx, { maxBytes: options.maxBytes });
    },
    'k6': async () => (await __nccwpck_require__.e(/* import() */ 326).then(__nccwpck_require__.bind(__nccwpck_require__, 9326))).parseK6,
    'locust': async () => (await __nccwpck_require__.e(/* import() */ 21).then(__nccwpck_require__.bind(__nccwpck_require__, 7021))).parseLocust,
};
function lazy(format) {
    return async (input, ctx, options) => (await LOADERS[format]())(input, ctx, options);
}
/** Which parser reads which format; each is loaded on first use (see LOADERS). */
const REPORT_PARSERS = {
    'junit': lazy('junit'),
    'lcov': lazy('lcov'),
    'cobertura': lazy('cobertura'),
    'istanbul-final': lazy('istanbul-final'),
    'istanbul-summary': lazy('istanbul-summary'),
    'jacoco': lazy('jacoco'),
    'sarif': lazy('sarif'),
    'checkstyle': lazy('checkstyle'),
    'k6': lazy('k6'),
    'locust': lazy('locust'),
};
/** Bytes read for detection: enough for any prolog and a JSON document's first keys. */
const HEAD_BYTES = 64 * 1024;
const CHUNK_BYTES = 256 * 1024;
/**
 * Formats whose parser needs the whole document in one buffer anyway: the file
 * is read in one piece (see `whole`), so there are no chunks to hold and then
 * copy together.
 */
const WHOLE_DOCUMENT = new Set(['sarif', 'istanbul-final', 'istanbul-summary', 'k6']);
/**
 * Reads one report file from the workspace: refuses paths that escape it and
 * files over the size limit, recognises the format by content (unless told),
 * and streams the file through the matching parser.
 */
async function readReport(path, options) {
    const maxBytes = options.maxBytes ?? limits/* DEFAULT_MAX_REPORT_BYTES */.AS;
    if (options.format !== undefined && !isReportFormat(options.format)) {
        throw new src/* ConfigurationError */.j1(`Unknown report format '${String(options.format)}' for '${path}'; supported formats: ${REPORT_FORMATS.join(', ')}.`, { file: path });
    }
    // A named format's parser loads while the file is checked and read.
    const early = options.format === undefined ? undefined : settled(LOADERS[options.format]());
    const workspace = realWorkspace(options.workspace);
    const absolute = (0,src/* resolveInWorkspace */.z1)(workspace, path, { file: path });
    const source = (0,src/* toRepoRelative */.oh)(workspace, absolute);
    const size = await fileSize(absolute, source);
    if (size > maxBytes) {
        throw new src/* ConfigurationError */.j1(`Report '${source}' is ${(0,limits/* formatBytes */.z3)(size)}, larger than the ${(0,limits/* formatBytes */.z3)(maxBytes)} limit for reports; raise the limit or split the report.`, { file: source });
    }
    const head = (0,encoding/* decodeHead */.Jk)(await readHead(absolute, source), source);
    const detected = detectFormat(head, (0,external_node_path_.basename)(absolute));
    const format = options.format ?? detected;
    if (format === undefined) {
        throw new src/* ConfigurationError */.j1(`Cannot tell which report format '${source}' is (${describeContent(head)}); supported formats: ${REPORT_FORMATS.join(', ')}. Set the format explicitly if the file is one of them.`, { file: source });
    }
    if (options.format !== undefined && detected !== undefined && detected !== options.format) {
        throw new src/* ConfigurationError */.j1(`Report '${source}' was given format '${options.format}' but its content is ${detected} (${describeContent(head)}); drop the format override or point it at a ${options.format} file.`, { file: source });
    }
    const ctx = { source, workspace };
    const input = WHOLE_DOCUMENT.has(format) ? whole(absolute, source, maxBytes, size) : limited(absolute, source, maxBytes);
    const parse = await (early ?? LOADERS[format]());
    return parse(input, ctx, { maxBytes, keepPassed: options.keepPassed ?? false });
}
/** The same promise, marked handled: its rejection surfaces where it is awaited, not as an unhandled rejection. */
function settled(promise) {
    promise.catch(() => undefined);
    return promise;
}
function realWorkspace(workspace) {
    const absolute = (0,external_node_path_.resolve)(workspace);
    try {
        return (0,external_node_fs_.realpathSync)(absolute);
    }
    catch {
        return absolute;
    }
}
async function fileSize(absolute, source) {
    let info;
    try {
        info = await (0,promises_namespaceObject.stat)(absolute);
    }
    catch (error) {
        throw unreadable(error, source);
    }
    if (!info.isFile())
        throw new src/* ConfigurationError */.j1(`Report '${source}' is not a regular file; give the path of a report file.`, { file: source });
    return info.size;
}
async function readHead(absolute, source) {
    try {
        const handle = await (0,promises_namespaceObject.open)(absolute, 'r');
        try {
            const buffer = Buffer.alloc(HEAD_BYTES);
            const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
            return buffer.subarray(0, bytesRead);
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        throw unreadable(error, source);
    }
}
/** Streams the file in chunks and stops at `maxBytes`, in case it grew after the size check. */
async function* limited(absolute, source, maxBytes) {
    let total = 0;
    const stream = (0,external_node_fs_.createReadStream)(absolute, { highWaterMark: CHUNK_BYTES });
    try {
        for await (const chunk of stream) {
            total += chunk.byteLength;
            if (total > maxBytes)
                throw tooLarge(source, maxBytes);
            yield chunk;
        }
    }
    catch (error) {
        if (error instanceof src/* ConfigurationError */.j1)
            throw error;
        throw unreadable(error, source);
    }
    finally {
        stream.destroy();
    }
}
/**
 * The whole file as one chunk. Reading starts at once, so it overlaps with
 * whatever comes before the parser asks for it (loading the parser's code).
 */
function whole(absolute, source, maxBytes, size) {
    const bytes = settled(readWhole(absolute, source, maxBytes, size));
    return (async function* chunk() {
        yield await bytes;
    })();
}
/**
 * Reads the whole file into one buffer of the size `stat` gave, plus a byte to
 * notice a file that grew since (it then grows, up to `maxBytes`). Unlike a read
 * stream, this allocates no buffer beyond the one it returns.
 */
async function readWhole(absolute, source, maxBytes, size) {
    let bytes = Buffer.allocUnsafeSlow(Math.min(size, maxBytes) + 1);
    let length = 0;
    try {
        const handle = await (0,promises_namespaceObject.open)(absolute, 'r');
        try {
            for (;;) {
                if (length === bytes.length) {
                    if (length > maxBytes)
                        throw tooLarge(source, maxBytes);
                    const grown = Buffer.allocUnsafeSlow(Math.min(length * 2, maxBytes + 1));
                    bytes.copy(grown, 0, 0, length);
                    bytes = grown;
                }
                const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
                if (bytesRead === 0)
                    break;
                length += bytesRead;
            }
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        if (error instanceof src/* ConfigurationError */.j1)
            throw error;
        throw unreadable(error, source);
    }
    if (length > maxBytes)
        throw tooLarge(source, maxBytes);
    return bytes.subarray(0, length);
}
function tooLarge(source, maxBytes) {
    return new src/* ConfigurationError */.j1(`Report '${source}' is larger than the ${(0,limits/* formatBytes */.z3)(maxBytes)} limit for reports; raise the limit or split the report.`, { file: source });
}
function unreadable(error, source) {
    const code = error?.code;
    if (code === 'ENOENT')
        return new src/* ConfigurationError */.j1(`Report '${source}' does not exist; check the path (it is relative to the workspace).`, { file: source, cause: error });
    if (code === 'EACCES' || code === 'EPERM')
        return new src/* ConfigurationError */.j1(`Report '${source}' cannot be read (permission denied).`, { file: source, cause: error });
    if (code === 'EISDIR')
        return new src/* ConfigurationError */.j1(`Report '${source}' is a directory; give the path of a report file.`, { file: source, cause: error });
    return error instanceof Error ? error : new Error(String(error));
}

// EXTERNAL MODULE: ./packages/reports/src/normalize-path.ts
var normalize_path = __nccwpck_require__(1810);
// EXTERNAL MODULE: ./packages/reports/src/fingerprint.ts
var fingerprint = __nccwpck_require__(931);
;// CONCATENATED MODULE: ./packages/reports/src/diff.ts

const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/**
 * New-side line numbers that a unified diff ADDS, per file, from the output of
 * `git diff --no-color --no-ext-diff -U0 <merge-base>...HEAD` (context lines, as
 * in `-U3` output, are understood too and never count as added).
 *
 * - The file is the new side: `+++ b/<path>`, or `rename to`/`copy to` for a
 *   rename or copy. Paths are expected with git's default `a/` `b/` prefixes;
 *   run git with `--src-prefix=a/ --dst-prefix=b/` so a user's diff.noprefix or
 *   diff.mnemonicprefix setting cannot change them.
 * - Deleted files (`+++ /dev/null`), binary files and pure renames add no lines
 *   and do not appear in the result; nor does any file whose hunks only delete.
 * - Paths git quotes (`"caf\303\251.txt"`, with core.quotePath) are unquoted and
 *   their octal escapes decoded as UTF-8.
 * - Hunk bodies are consumed by the counts in `@@ -a,b +c,d @@` (d=0 for a hunk
 *   that only deletes), so a removed line that reads "-- a/x" or an added line
 *   that reads "++ b/x" is never taken for a file header. A body line that cannot
 *   belong to a hunk (e.g. the next `diff --git`) ends it early, which tolerates
 *   hand-edited diffs whose counts are too large.
 * - `\ No newline at end of file` is not a line of either side.
 */
function parseUnifiedDiff(text) {
    const changed = new Map();
    let added;
    let file;
    let newLine = 0;
    let oldLeft = 0;
    let newLeft = 0;
    let lineNumber = 0;
    let position = 0;
    while (position < text.length) {
        let end = text.indexOf('\n', position);
        if (end === -1)
            end = text.length;
        const start = position;
        position = end + 1;
        lineNumber += 1;
        if (oldLeft > 0 || newLeft > 0) {
            const first = text.charCodeAt(start);
            if (first === 0x2b) { // '+'
                if (file !== undefined) {
                    if (added === undefined) {
                        added = new Set();
                        changed.set(file, added);
                    }
                    added.add(newLine);
                }
                newLine += 1;
                newLeft -= 1;
                continue;
            }
            if (first === 0x2d) { // '-'
                oldLeft -= 1;
                continue;
            }
            // An empty line is a context line whose leading space an editor or mail client stripped.
            if (first === 0x20 || start === end || (end - start === 1 && first === 0x0d)) {
                newLine += 1;
                oldLeft -= 1;
                newLeft -= 1;
                continue;
            }
            if (first === 0x5c)
                continue; // '\ No newline at end of file'
            oldLeft = 0;
            newLeft = 0;
        }
        const line = text.slice(start, end).replace(/\r$/, '');
        if (line.startsWith('diff --git ')) {
            file = undefined;
            added = undefined;
        }
        else if (line.startsWith('+++ ')) {
            file = newSidePath(line.slice(4));
            added = file === undefined ? undefined : changed.get(file);
        }
        else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
            file = unquote(line.slice(line.indexOf(' to ') + 4));
            added = changed.get(file);
        }
        else if (line.startsWith('@@ ')) {
            const match = HUNK_HEADER.exec(line);
            if (match === null) {
                throw new src/* ConfigurationError */.j1(`diff line ${lineNumber}: malformed hunk header "${line}"; expected "@@ -a,b +c,d @@".`, { line: lineNumber });
            }
            oldLeft = match[1] === undefined ? 1 : Number(match[1]);
            newLine = Number(match[2]);
            newLeft = match[3] === undefined ? 1 : Number(match[3]);
        }
    }
    return changed;
}
function newSidePath(raw) {
    // git appends a tab to names that contain a space; an unquoted name never holds a tab.
    const name = raw.startsWith('"') ? unquote(raw) : raw.split('\t', 1)[0] ?? raw;
    if (name === '/dev/null')
        return undefined;
    return name.startsWith('b/') ? name.slice(2) : name;
}
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/** Undoes git's C-style quoting (quote_c_style): octal escapes are raw bytes of a UTF-8 name. */
function unquote(raw) {
    if (!raw.startsWith('"'))
        return raw;
    const bytes = [];
    for (let index = 1; index < raw.length; index += 1) {
        const char = raw[index];
        if (char === '"')
            break;
        if (char !== '\\') {
            for (const byte of Buffer.from(char, 'utf8'))
                bytes.push(byte);
            continue;
        }
        const next = raw[index + 1] ?? '';
        const octal = /^[0-7]{3}/.exec(raw.slice(index + 1, index + 4));
        if (octal !== null) {
            bytes.push(Number.parseInt(octal[0], 8));
            index += 3;
        }
        else {
            bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
            index += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}

;// CONCATENATED MODULE: ./packages/reports/src/diff-coverage.ts


/**
 * Coverage of the lines a change adds. A changed line is measured when any
 * report lists it as executable, and covered when any report saw it executed,
 * so reports from separate test jobs combine (unit + integration).
 *
 * Paths are matched exactly first. Producers often write paths relative to the
 * directory they ran in (`src/a.ts` for `packages/web/src/a.ts`), so a coverage
 * path that is a trailing run of whole segments of a changed path matches it,
 * the longest such path winning. It must be unambiguous: a coverage path that is
 * the suffix of several changed paths, or that also matches one exactly, is not
 * used for any of them. An absolute coverage path (written on another machine or
 * in a container, so outside the workspace) matches the longest changed path it
 * ends with, when no other absolute path claims that changed path.
 *
 * Reports without per-line data (istanbul-summary) cannot take part.
 */
function computeDiffCoverage(coverage, changed, options = {}) {
    const minLines = options.minLines ?? 1;
    if (!Number.isInteger(minLines) || minLines < 0) {
        throw new src/* ConfigurationError */.j1(`The minimum number of measured changed lines must be a whole number of 0 or more, not ${String(minLines)}.`);
    }
    const perLine = coverage.filter((report) => report.perLine);
    const sources = matchFiles(perLine, changed);
    const files = [];
    const unmatchedFiles = [];
    let measured = 0;
    let covered = 0;
    for (const [path, lines] of changed) {
        if (lines.size === 0)
            continue;
        const matched = sources.get(path);
        if (matched === undefined) {
            unmatchedFiles.push(path);
            continue;
        }
        const file = measureFile(path, lines, matched);
        if (file === undefined)
            continue;
        files.push(file);
        measured += file.measured;
        covered += file.covered;
    }
    files.sort((a, b) => compare(a.path, b.path));
    unmatchedFiles.sort(compare);
    const result = {
        files,
        measured,
        covered,
        percent: measured > 0 ? (covered / measured) * 100 : undefined,
        skipped: false,
        unmatchedFiles,
    };
    if (measured < minLines) {
        result.skipped = true;
        result.reason = skipReason(coverage.length, perLine.length, measured, minLines);
    }
    return result;
}
function measureFile(path, lines, sources) {
    let measured = 0;
    let covered = 0;
    const uncoveredLines = [];
    for (const line of lines) {
        let executable = false;
        let hit = false;
        for (const source of sources) {
            const hits = source.lines.get(line);
            if (hits === undefined)
                continue;
            executable = true;
            if (hits > 0) {
                hit = true;
                break;
            }
        }
        if (!executable)
            continue;
        measured += 1;
        if (hit)
            covered += 1;
        else
            uncoveredLines.push(line);
    }
    if (measured === 0)
        return undefined;
    uncoveredLines.sort((a, b) => a - b);
    return { path, measured, covered, percent: (covered / measured) * 100, uncoveredLines };
}
/** For every changed path, the coverage entries that describe it. */
function matchFiles(reports, changed) {
    const byPath = new Map();
    for (const report of reports) {
        for (const file of report.files) {
            const entries = byPath.get(file.path);
            if (entries === undefined)
                byPath.set(file.path, [file]);
            else
                entries.push(file);
        }
    }
    const matched = new Map();
    const exact = new Set();
    const suffixClaims = new Map();
    for (const path of changed.keys()) {
        const entries = byPath.get(path);
        if (entries !== undefined) {
            matched.set(path, [...entries]);
            exact.add(path);
            continue;
        }
        // The first suffix found from the left is the longest.
        for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
            const suffix = path.slice(slash + 1);
            if (byPath.has(suffix)) {
                const claims = suffixClaims.get(suffix);
                if (claims === undefined)
                    suffixClaims.set(suffix, [path]);
                else
                    claims.push(path);
                break;
            }
        }
    }
    for (const [suffix, claimants] of suffixClaims) {
        const [only] = claimants;
        if (claimants.length !== 1 || only === undefined || exact.has(suffix))
            continue;
        matched.set(only, [...(byPath.get(suffix) ?? [])]);
    }
    const absoluteClaims = new Map();
    for (const path of byPath.keys()) {
        if (!(0,normalize_path/* isAbsolutePosix */.$)(path))
            continue;
        for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
            const suffix = path.slice(slash + 1);
            if (changed.has(suffix)) {
                const claims = absoluteClaims.get(suffix);
                if (claims === undefined)
                    absoluteClaims.set(suffix, [path]);
                else
                    claims.push(path);
                break;
            }
        }
    }
    for (const [path, claimants] of absoluteClaims) {
        const [only] = claimants;
        if (claimants.length !== 1 || only === undefined)
            continue;
        const entries = matched.get(path);
        const absolute = byPath.get(only) ?? [];
        if (entries === undefined)
            matched.set(path, [...absolute]);
        else
            entries.push(...absolute);
    }
    return matched;
}
function skipReason(reports, perLineReports, measured, minLines) {
    if (reports === 0)
        return 'No coverage report was given.';
    if (perLineReports === 0)
        return 'The coverage reports carry totals only (no per-line data), so changed lines cannot be measured.';
    if (measured === 0)
        return 'No changed line is executable code that a coverage report measures.';
    return `Only ${measured} changed ${measured === 1 ? 'line is' : 'lines are'} measured; diff coverage is judged from ${minLines}.`;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./packages/reports/src/index.ts




// The parsers load on first call (see lazy.ts), so importing the package compiles none of them.







/***/ }),

/***/ 2591:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ DEFAULT_MAX_REPORT_BYTES),
/* harmony export */   kC: () => (/* binding */ DETAILS_CAP),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/**
 * Size limits shared by `readReport` and the parsers. Kept apart from the XML
 * reader so that reading a report (or importing the package) does not load the
 * XML tokenizer until a parser needs it.
 */
/** Reports larger than this are refused unless the caller raises the limit. */
const DEFAULT_MAX_REPORT_BYTES = 512 * 1024 * 1024;
/** Per-case cap on captured failure text: enough for any stack trace, bounded for any report. */
const DETAILS_CAP = 64 * 1024;
function formatBytes(bytes) {
    const units = ['bytes', 'KiB', 'MiB', 'GiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1 && value % 1024 === 0) {
        value /= 1024;
        unit++;
    }
    return `${value} ${units[unit]}`;
}


/***/ }),

/***/ 1810:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ isAbsolutePosix),
/* harmony export */   p: () => (/* binding */ normalizeReportPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Turns a path as a producer wrote it into the repository-relative POSIX form
 * the model promises: `file://` URIs are unwrapped and percent-decoded,
 * backslashes become slashes, `.`/`..` segments collapse, and an absolute path
 * under `ctx.workspace` becomes relative to it. Absolute paths elsewhere (a
 * report produced on another machine) are kept, in POSIX form, so nothing is
 * silently re-rooted onto the wrong file. Pure string work: no file system.
 */
function normalizeReportPath(raw, ctx) {
    let path;
    if (isPlain(raw)) {
        // Already what normalisation would give: skip the regex and posix.normalize (called once per case or record).
        if (raw.charCodeAt(0) !== 0x2f)
            return raw;
        path = raw;
    }
    else {
        path = raw.trim();
        if (path.length === 0)
            return path;
        if (path.length > 7 && path.slice(0, 7).toLowerCase() === 'file://')
            path = fileUriToPath(path);
        // Other URIs (a SARIF artifact on the web, say) are not paths: collapsing '//' would corrupt them.
        else if (/^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(path))
            return path;
        path = toPosix(path);
    }
    const workspace = workspaceRootOf(ctx);
    if (workspace !== undefined && isAbsolutePosix(path)) {
        const relative = underRoot(path, workspace);
        if (relative !== undefined)
            return relative;
    }
    return path.startsWith('./') ? path.slice(2) : path;
}
/**
 * True when normalising would leave `path` as it is: no blank or non-ASCII ends, no
 * backslash, no scheme or drive colon, no `.`/`..` segment or leading dot, no
 * doubled or trailing slash. Anything else takes the full route.
 */
function isPlain(path) {
    const length = path.length;
    if (length === 0)
        return false;
    const first = path.charCodeAt(0);
    const last = path.charCodeAt(length - 1);
    // trim() also strips non-ASCII blanks (U+00A0, U+FEFF, ...): such ends take the full route too.
    if (first <= 0x20 || first >= 0x7f || last <= 0x20 || last >= 0x7f || first === 0x2e || last === 0x2f)
        return false;
    return !path.includes('/.') && !path.includes('//') && !path.includes('\\') && !path.includes(':');
}
/** The workspace root in the form paths are compared with, worked out once per context. */
const roots = new WeakMap();
function workspaceRootOf(ctx) {
    const cached = roots.get(ctx);
    if (cached !== undefined && cached.workspace === ctx.workspace)
        return cached.root;
    const root = workspaceRoot(ctx.workspace);
    roots.set(ctx, { workspace: ctx.workspace, root });
    return root;
}
/** True for `/x`, `C:/x` and `//server/share` once backslashes are converted. */
function isAbsolutePosix(path) {
    return path.startsWith('/') || isDrivePath(path);
}
function isDrivePath(path) {
    const c = path.charCodeAt(0) | 0x20;
    return path.length >= 3 && c >= 0x61 && c <= 0x7a && path[1] === ':' && path[2] === '/';
}
function fileUriToPath(uri) {
    // file:///abs, file://localhost/abs, file:///C:/x, file://server/share
    let rest = uri.slice(7);
    if (rest.toLowerCase().startsWith('localhost/'))
        rest = rest.slice(9);
    else if (!rest.startsWith('/'))
        rest = `//${rest}`;
    let decoded;
    try {
        decoded = decodeURIComponent(rest);
    }
    catch {
        decoded = rest;
    }
    // file:///C:/x decodes to /C:/x; the drive letter is the root.
    if (decoded.length >= 4 && decoded[0] === '/' && isDrivePath(decoded.slice(1)))
        decoded = decoded.slice(1);
    return decoded;
}
function toPosix(path) {
    const slashed = path.includes('\\') ? path.replaceAll('\\', '/') : path;
    const unc = slashed.startsWith('//');
    let normal = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(slashed);
    if (normal === '.')
        return '';
    if (unc && !normal.startsWith('//'))
        normal = `/${normal}`;
    if (normal.length > 1 && normal.endsWith('/'))
        normal = normal.slice(0, -1);
    return normal;
}
function workspaceRoot(workspace) {
    if (workspace.trim().length === 0)
        return undefined;
    const root = toPosix(workspace);
    // With '/' as the root every absolute path is inside; '' makes underRoot strip just the slash.
    return root === '/' ? '' : root;
}
function underRoot(path, root) {
    // Windows drive letters compare case-insensitively; the rest is compared as written.
    const p = isDrivePath(path) ? path.charAt(0).toLowerCase() + path.slice(1) : path;
    const r = isDrivePath(root) ? root.charAt(0).toLowerCase() + root.slice(1) : root;
    if (p === r)
        return '';
    if (p.startsWith(r) && p[r.length] === '/')
        return p.slice(r.length + 1);
    return undefined;
}


/***/ }),

/***/ 5124:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ decodeHead),
/* harmony export */   OB: () => (/* binding */ sniffEncoding),
/* harmony export */   dD: () => (/* binding */ SNIFF_BYTES)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pipeline_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4770);


/** Enough bytes to hold any BOM and a reasonable XML declaration. */
const SNIFF_BYTES = 1024;
const UTF16_NAMES = new Set(['utf-16', 'utf-16le', 'utf-16be', 'ucs-2', 'iso-10646-ucs-2', 'unicode', 'csunicode']);
/**
 * Reads the encoding off the first bytes of an XML file (XML 1.0 appendix F):
 * a byte order mark wins, then `encoding=` in the declaration, then UTF-8.
 */
function sniffEncoding(head, source) {
    const [b0, b1, b2, b3] = head;
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
        return { label: 'utf-8', from: 'bom' };
    if (b0 === 0xff && b1 === 0xfe)
        return { label: 'utf-16le', from: 'bom' };
    if (b0 === 0xfe && b1 === 0xff)
        return { label: 'utf-16be', from: 'bom' };
    // UTF-16 without a BOM still starts with '<' followed by a zero byte (or the reverse).
    if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00)
        return { label: 'utf-16le', from: 'declaration' };
    if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f)
        return { label: 'utf-16be', from: 'declaration' };
    const declared = declaredEncoding(head);
    if (declared === undefined)
        return { label: 'utf-8', from: 'default' };
    const lower = declared.toLowerCase();
    // A UTF-16 declaration on bytes that are plainly ASCII-compatible is a producer bug; the bytes win.
    if (UTF16_NAMES.has(lower))
        return { label: 'utf-8', from: 'default' };
    try {
        new node_util__WEBPACK_IMPORTED_MODULE_0__.TextDecoder(lower);
    }
    catch {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${source}: the XML declaration names encoding "${declared}", which cannot be decoded; re-encode the report as UTF-8 (or a WHATWG encoding such as ISO-8859-15 or windows-1252).`, { file: source, line: 1 });
    }
    return { label: lower, from: 'declaration' };
}
function declaredEncoding(head) {
    // The declaration is pure ASCII in every ASCII-compatible encoding, so latin1 reads it faithfully.
    const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, SNIFF_BYTES)).toString('latin1');
    if (!text.startsWith('<?xml'))
        return undefined;
    const end = text.indexOf('?>');
    const decl = end === -1 ? text : text.slice(0, end);
    return /\sencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(decl)?.[2];
}
/** Decodes the start of a file for format detection, honouring the BOM and XML declaration. */
function decodeHead(head, source) {
    let label;
    try {
        label = sniffEncoding(head, source).label;
    }
    catch {
        // Detection only needs the markup, which is ASCII; a bad declared encoding is reported by the parser.
        label = 'utf-8';
    }
    // A head cut mid-character must not fail detection, so decoding is not fatal here.
    return new node_util__WEBPACK_IMPORTED_MODULE_0__.TextDecoder(label).decode(head);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1816);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map