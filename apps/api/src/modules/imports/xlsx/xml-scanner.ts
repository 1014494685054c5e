import { XlsxReadError } from './xlsx-read-error.js';

/** What the scanner reports; element and attribute names keep their prefix (`r:id`), `local` drops it. */
export interface XmlHandlers {
  open?: (local: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean) => void;
  close?: (local: string) => void;
  text?: (text: string) => void;
}

const malformed = (part: string, why: string) => new XlsxReadError('MALFORMED_XML', `${part} is not well-formed XML: ${why}`);

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const [DOUBLE_QUOTE, SINGLE_QUOTE, LESS_THAN, GREATER_THAN] = [34, 39, 60, 62];
const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Replaces the five predefined entities and character references; anything else is an error. */
export function decodeEntities(text: string, part = 'XML'): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&\s]{0,10});/g, (_match, body: string) => {
    const named = NAMED_ENTITIES[body];
    if (named !== undefined) return named;
    const code = body.startsWith('#x') ? parseInt(body.slice(2), 16) : body.startsWith('#') ? parseInt(body.slice(1), 10) : NaN;
    if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff) throw malformed(part, `unknown entity &${body};`);
    return String.fromCodePoint(code);
  });
}

/**
 * A small, strict pull scanner for the parts of an .xlsx we read: elements, attributes, text and
 * CDATA; comments and processing instructions skipped; a DOCTYPE refused (OOXML never has one, and
 * refusing it rules out entity expansion attacks); every close tag must match its open tag.
 */
export function scanXml(xml: string, handlers: XmlHandlers, part = 'XML'): void {
  const stack: string[] = [];
  let sawRoot = false;
  let position = 0;
  const length = xml.length;
  const emitText = (raw: string) => {
    if (stack.length === 0) {
      if (raw.trim() !== '' && raw !== '\ufeff') throw malformed(part, 'text outside the root element');
      return;
    }
    handlers.text?.(decodeEntities(raw, part));
  };

  while (position < length) {
    const lt = xml.indexOf('<', position);
    if (lt === -1) {
      emitText(xml.slice(position));
      break;
    }
    if (lt > position) emitText(xml.slice(position, lt));

    const next = xml.charCodeAt(lt + 1);
    if (next === 63 /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) throw malformed(part, 'unterminated processing instruction');
      position = end + 2;
    } else if (next === 33 /* ! */ && xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) throw malformed(part, 'unterminated comment');
      position = end + 3;
    } else if (next === 33 && xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end === -1) throw malformed(part, 'unterminated CDATA section');
      if (stack.length === 0) throw malformed(part, 'CDATA outside the root element');
      handlers.text?.(xml.slice(lt + 9, end));
      position = end + 3;
    } else if (next === 33) {
      throw malformed(part, 'a DOCTYPE or DTD declaration is not allowed');
    } else if (next === 47 /* / */) {
      const end = xml.indexOf('>', lt + 2);
      if (end === -1) throw malformed(part, 'unterminated end tag');
      const name = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (open !== name) throw malformed(part, open === undefined ? `</${name}> closes nothing` : `</${name}> closes <${open}>`);
      handlers.close?.(localName(name));
      position = end + 1;
    } else {
      // The tag ends at the first '>' outside a quoted attribute value.
      let end = lt + 1;
      let quote = 0;
      for (; end < length; end++) {
        const code = xml.charCodeAt(end);
        if (quote) {
          if (code === quote) quote = 0;
        } else if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
          quote = code;
        } else if (code === GREATER_THAN) {
          break;
        } else if (code === LESS_THAN) {
          throw malformed(part, "'<' inside a tag");
        }
      }
      if (end >= length) throw malformed(part, 'unterminated start tag');
      const selfClosing = xml.charCodeAt(end - 1) === 47;
      const body = xml.slice(lt + 1, selfClosing ? end - 1 : end);
      const nameEnd = body.search(/[\s]/);
      const name = nameEnd === -1 ? body : body.slice(0, nameEnd);
      if (!/^[A-Za-z_][\w.:-]*$/.test(name)) throw malformed(part, `bad element name "${name}"`);
      if (stack.length === 0 && sawRoot) throw malformed(part, 'more than one root element');
      sawRoot = true;
      const attributes: Record<string, string> = {};
      if (nameEnd !== -1) {
        ATTRIBUTE.lastIndex = 0;
        for (let match = ATTRIBUTE.exec(body); match; match = ATTRIBUTE.exec(body)) {
          attributes[match[1]!] = decodeEntities(match[2] ?? match[3] ?? '', part);
        }
      }
      handlers.open?.(localName(name), attributes, selfClosing);
      if (selfClosing) handlers.close?.(localName(name));
      else stack.push(name);
      position = end + 1;
    }
  }
  if (stack.length > 0) throw malformed(part, `<${stack[stack.length - 1]}> is never closed`);
  if (!sawRoot) throw malformed(part, 'no root element');
}
