import { describe, expect, it } from 'vitest';
import { allOf, anyOf, equals, quoted, regionFilter, safeHighlight } from './filter-expression.js';

describe('filter expressions', () => {
  it('quotes and escapes every value', () => {
    expect(quoted('AI')).toBe('"AI"');
    expect(quoted('a"b')).toBe('"a\\"b"');
    expect(quoted('a\\"b')).toBe('"a\\\\\\"b"');
    expect(quoted('x" OR verified = false OR sectors = "y')).toBe(
      '"x\\" OR verified = false OR sectors = \\"y"',
    );
  });

  it('builds IN lists, or nothing for no values', () => {
    expect(anyOf('sectors', ['AI', 'NEW_ENERGY'])).toBe('sectors IN ["AI", "NEW_ENERGY"]');
    expect(anyOf('sectors', [])).toBeNull();
  });

  it('compares booleans bare and strings quoted', () => {
    expect(equals('verified', true)).toBe('verified = true');
    expect(equals('status', 'PUBLISHED')).toBe('status = "PUBLISHED"');
  });

  it('files region codes by level', () => {
    expect(regionFilter(['420000'])).toBe('provinceCode IN ["420000"]');
    expect(regionFilter(['421200'])).toBe('cityCode IN ["421200"]');
    expect(regionFilter(['421202', '110000'])).toBe(
      '(provinceCode IN ["110000"] OR regionCode IN ["421202"])',
    );
    expect(regionFilter([])).toBeNull();
  });

  it('joins parts with AND, skipping empty ones', () => {
    expect(allOf([null, 'a = "1"', 'b = "2"'])).toBe('a = "1" AND b = "2"');
    expect(allOf([null])).toBeUndefined();
    expect(allOf(['x = "1" OR y = "2"', 'z = "3"'])).toBe('(x = "1" OR y = "2") AND z = "3"');
  });

  it('escapes HTML in highlights and keeps only its own marks', () => {
    expect(safeHighlight('\u0002无人机\u0003<script>alert(1)</script>')).toBe(
      '<mark>无人机</mark>&lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(safeHighlight('<mark>fake</mark>')).toBe('&lt;mark&gt;fake&lt;/mark&gt;');
  });
});
