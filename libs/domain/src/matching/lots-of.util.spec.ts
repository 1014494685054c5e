import { describe, expect, it } from 'vitest';

import { lotsOf } from './lots-of.util.js';

describe('lotsOf', () => {
  it('splits numbered lots, the last one ending with its sentence', () => {
    expect(lotsOf('采购：1.冲锋舟10艘（舟长5.2m）；2.救生衣300件；3.抛投器10套。2027年1月31日前交付。')).toEqual([
      '冲锋舟10艘(舟长5.2m)',
      '救生衣300件',
      '抛投器10套',
    ]);
  });

  it('reads 一、二、 and (1) (2) numbering too', () => {
    expect(lotsOf('内容：一、报靶系统；二、移动靶。')).toEqual(['报靶系统', '移动靶']);
    expect(lotsOf('内容：（1）报靶系统；（2）移动靶。')).toEqual(['报靶系统', '移动靶']);
  });

  it('reads numbers in sequence, so "2.40马力" after lot 1 is lot 2', () => {
    expect(lotsOf('采购：1.冲锋舟10艘；2.40马力舷外机10台。')).toEqual(['冲锋舟10艘', '40马力舷外机10台']);
  });

  it('does not take a decimal number (工作压力1.0MPa) for a lot', () => {
    expect(lotsOf('输油软管，工作压力1.0MPa，2.5米一节')).toEqual([]);
  });

  it('does not take numbered sections of a notice (一、采购内容：…) for lots', () => {
    expect(
      lotsOf('一、采购内容：野战洗浴车2台。\n二、交货时间及地点：2027-03-01前交付。\n三、供应商资格要求：具有独立法人资格。'),
    ).toEqual([]);
  });

  it('has no lots for a description with one item or none', () => {
    expect(lotsOf('采购除湿机40台。')).toEqual([]);
    expect(lotsOf('')).toEqual([]);
  });
});
