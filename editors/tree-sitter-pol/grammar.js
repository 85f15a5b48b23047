/**
 * tree-sitter grammar for pol, the policy-as-code language (https://example.invalid/pol).
 *
 * Like the compiler's parser (compiler/src/syntax/parser.rs), the grammar is generic: an item
 * is `kind name: parent { fields }`, a field is `key values`. Which kinds and fields exist is
 * the schema's business (compiler/src/types/schema.rs); the highlight query lists them, and a
 * test (tests/tests/editor_grammars.rs) fails when a schema keyword or field is missing there.
 *
 * Line breaks end fields and items, so they are tokens here, not extras. As in the compiler's
 * delimiter pass, a line break after `,`, `:` or `::`, or anywhere inside `[...]`, only
 * continues the value.
 */

const newline = /\r?\n|\r/;

module.exports = grammar({
  name: 'pol',

  extras: $ => [/[ \t\f\uFEFF]/, $.comment],

  word: $ => $.identifier,

  rules: {
    source_file: $ => seq(
      repeat($._separator),
      optional(seq(
        $._item,
        repeat(seq(repeat1($._separator), $._item)),
        repeat($._separator),
      )),
    ),

    _separator: $ => choice($._newline, ';'),
    _newline: _ => token(newline),

    _item: $ => choice($.use_declaration, $.declaration),

    // `use std::pipl`, `use std::gbt35273 as gb`, `use std::pipl::*`.
    use_declaration: $ => seq(
      'use',
      field('path', $.use_path),
      optional(seq('as', field('alias', $.identifier))),
    ),

    use_path: $ => seq(
      $.identifier,
      repeat(seq('::', repeat($._newline), choice($.identifier, $.glob))),
    ),

    glob: _ => '*',

    // `category phone: gb::basic_profile { ... }`, `security { ... }`,
    // `right access: pipl::access`.
    declaration: $ => seq(
      field('kind', $.identifier),
      optional(field('name', $.identifier)),
      optional(seq(':', repeat($._newline), field('parent', $.path))),
      optional(field('body', $.block)),
    ),

    block: $ => seq(
      '{',
      repeat($._field_separator),
      optional(seq(
        $.field,
        repeat(seq(repeat1($._field_separator), $.field)),
        repeat($._field_separator),
      )),
      '}',
    ),

    _field_separator: $ => choice($._newline, ';', ','),

    // `label { zh: "...", en: "..." }`, `uses phone, email`, `zh: "..."`, `required`.
    // After `key value`, a `,` continues the values (as in the compiler, which reads values
    // greedily); after `key: value` it separates fields.
    field: $ => prec.right(seq(
      field('key', $.identifier),
      optional(choice(
        seq(':', repeat($._newline), field('value', $.value)),
        seq(
          field('value', $.value),
          repeat(seq(',', repeat($._newline), field('value', $.value))),
        ),
      )),
    )),

    value: $ => prec.left(repeat1($._term)),

    _term: $ => choice(
      $.path,
      $.string,
      $.number,
      $.date,
      $.email,
      $.url,
      $.phone,
      $.code,
      $.block,
      $.list,
    ),

    list: $ => seq(
      '[',
      repeat($._newline),
      optional(seq(
        $.value,
        repeat(seq(repeat($._newline), ',', repeat($._newline), $.value)),
        repeat($._newline),
        optional(seq(',', repeat($._newline))),
      )),
      ']',
    ),

    path: $ => prec.left(seq(
      $.identifier,
      repeat(seq('::', repeat($._newline), $.identifier)),
    )),

    identifier: _ => /[A-Za-z_][A-Za-z0-9_]*/,

    string: _ => token(seq('"', repeat(choice(/[^"\\]/, /\\(.|\r?\n)/)), '"')),
    number: _ => /[0-9]+(\.[0-9]+)?/,
    date: _ => token(prec(1, /[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/)),
    email: _ => token(prec(1, /[A-Za-z0-9._%+\-]+@[^\s"{}\[\],;:\/]*/)),
    url: _ => token(prec(2, /https?:\/\/[^\s"{}\[\],;<>]*/)),
    phone: _ => token(prec(1, /\+[0-9][0-9\-]*/)),
    // A diagnostic code in `allow PIPL-RET-001 because "..."`.
    code: _ => token(prec(1, /[A-Z]{2,5}(-[A-Z]{2,8})?-[0-9]{3}/)),

    comment: _ => token(seq('//', /[^\r\n]*/)),
  },
});
