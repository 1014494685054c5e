import { describe, expect, it } from 'vitest';
import { detectFileKind } from './detect-file-kind.util.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => Uint8Array.from(value, (char) => char.charCodeAt(0) & 0xff);

describe('detectFileKind', () => {
  it('recognises a PDF, a PNG and a JPEG by their first bytes', () => {
    expect(detectFileKind(text('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('PDF');
    expect(detectFileKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toBe('PNG');
    expect(detectFileKind(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46))).toBe('JPEG');
  });

  it('accepts a PDF header after some leading bytes, as PDF readers do', () => {
    expect(detectFileKind(new Uint8Array([...new Uint8Array(100), ...text('%PDF-1.4')]))).toBe('PDF');
    expect(detectFileKind(new Uint8Array([...new Uint8Array(1100), ...text('%PDF-1.4')]))).toBeNull();
  });

  it.each([
    ['a zip (also .docx, .xlsx)', bytes(0x50, 0x4b, 0x03, 0x04, 20, 0)],
    ['a Windows executable', bytes(0x4d, 0x5a, 0x90, 0, 3, 0)],
    ['an ELF executable', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1)],
    ['a GIF', text('GIF89a')],
    ['HTML', text('<!doctype html><html>')],
    ['a shell script', text('#!/bin/sh\nrm -rf /')],
    ['an empty file', bytes()],
    ['a truncated PNG signature', bytes(0x89, 0x50, 0x4e, 0x47)],
    ['two JPEG bytes', bytes(0xff, 0xd8)],
  ])('refuses %s', (_name, content) => {
    expect(detectFileKind(content)).toBeNull();
  });
});
