/* ml-lexer.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lexer: Go's tokens from the source bytes, with gc's rules and messages for
 * semicolons at newlines, numbers, escapes, strings, runes and invalid characters (which print
 * without gc's "syntax error:" prefix).  Comments are skipped; //memlab: ones are recorded.
 */

#define G_LOG_DOMAIN "ml-lexer"

#include "config.h"

#include <string.h>

#include "ml-lexer-private.h"

static const char * const token_strings[ML_N_TOKENS] = {
  [ML_TOK_EOF] = "EOF",
  [ML_TOK_ERROR] = "error",
  [ML_TOK_IDENT] = "name",
  [ML_TOK_INT] = "literal",
  [ML_TOK_FLOAT] = "literal",
  [ML_TOK_IMAG] = "literal",
  [ML_TOK_CHAR] = "literal",
  [ML_TOK_STRING] = "literal",
  [ML_TOK_ADD] = "+",
  [ML_TOK_SUB] = "-",
  [ML_TOK_MUL] = "*",
  [ML_TOK_QUO] = "/",
  [ML_TOK_REM] = "%",
  [ML_TOK_AND] = "&",
  [ML_TOK_OR] = "|",
  [ML_TOK_XOR] = "^",
  [ML_TOK_SHL] = "<<",
  [ML_TOK_SHR] = ">>",
  [ML_TOK_AND_NOT] = "&^",
  [ML_TOK_ADD_ASSIGN] = "+=",
  [ML_TOK_SUB_ASSIGN] = "-=",
  [ML_TOK_MUL_ASSIGN] = "*=",
  [ML_TOK_QUO_ASSIGN] = "/=",
  [ML_TOK_REM_ASSIGN] = "%=",
  [ML_TOK_AND_ASSIGN] = "&=",
  [ML_TOK_OR_ASSIGN] = "|=",
  [ML_TOK_XOR_ASSIGN] = "^=",
  [ML_TOK_SHL_ASSIGN] = "<<=",
  [ML_TOK_SHR_ASSIGN] = ">>=",
  [ML_TOK_AND_NOT_ASSIGN] = "&^=",
  [ML_TOK_LAND] = "&&",
  [ML_TOK_LOR] = "||",
  [ML_TOK_ARROW] = "<-",
  [ML_TOK_INC] = "++",
  [ML_TOK_DEC] = "--",
  [ML_TOK_EQL] = "==",
  [ML_TOK_LSS] = "<",
  [ML_TOK_GTR] = ">",
  [ML_TOK_ASSIGN] = "=",
  [ML_TOK_NOT] = "!",
  [ML_TOK_NEQ] = "!=",
  [ML_TOK_LEQ] = "<=",
  [ML_TOK_GEQ] = ">=",
  [ML_TOK_DEFINE] = ":=",
  [ML_TOK_ELLIPSIS] = "...",
  [ML_TOK_LPAREN] = "(",
  [ML_TOK_LBRACK] = "[",
  [ML_TOK_LBRACE] = "{",
  [ML_TOK_COMMA] = "comma",
  [ML_TOK_PERIOD] = ".",
  [ML_TOK_RPAREN] = ")",
  [ML_TOK_RBRACK] = "]",
  [ML_TOK_RBRACE] = "}",
  [ML_TOK_SEMICOLON] = "semicolon or newline",
  [ML_TOK_COLON] = ":",
  [ML_TOK_TILDE] = "~",
  [ML_TOK_BREAK] = "break",
  [ML_TOK_CASE] = "case",
  [ML_TOK_CHAN] = "chan",
  [ML_TOK_CONST] = "const",
  [ML_TOK_CONTINUE] = "continue",
  [ML_TOK_DEFAULT] = "default",
  [ML_TOK_DEFER] = "defer",
  [ML_TOK_ELSE] = "else",
  [ML_TOK_FALLTHROUGH] = "fallthrough",
  [ML_TOK_FOR] = "for",
  [ML_TOK_FUNC] = "func",
  [ML_TOK_GO] = "go",
  [ML_TOK_GOTO] = "goto",
  [ML_TOK_IF] = "if",
  [ML_TOK_IMPORT] = "import",
  [ML_TOK_INTERFACE] = "interface",
  [ML_TOK_MAP] = "map",
  [ML_TOK_PACKAGE] = "package",
  [ML_TOK_RANGE] = "range",
  [ML_TOK_RETURN] = "return",
  [ML_TOK_SELECT] = "select",
  [ML_TOK_STRUCT] = "struct",
  [ML_TOK_SWITCH] = "switch",
  [ML_TOK_TYPE] = "type",
  [ML_TOK_VAR] = "var",
};

const char *
ml_token_to_string (MlToken tok)
{
  g_assert (tok < ML_N_TOKENS);
  return token_strings[tok];
}

gboolean
ml_token_is_keyword (MlToken tok)
{
  return tok >= ML_TOK_BREAK && tok <= ML_TOK_VAR;
}

void
ml_lexer_init (MlLexer    *lexer,
               MlSource   *source,
               MlDiagSink *sink)
{
  memset (lexer, 0, sizeof *lexer);
  lexer->source = source;
  lexer->text = ml_source_get_text (source, &lexer->length);
  lexer->sink = sink;
  lexer->lit = g_string_new (NULL);
  lexer->value = g_string_new (NULL);
  lexer->directives = g_array_new (FALSE, FALSE, sizeof (MlLexerDirective));
  /* A byte order mark at the very start is ignored, as Go does. */
  if (lexer->length >= 3 && memcmp (lexer->text, "\xef\xbb\xbf", 3) == 0)
    lexer->offset = 3;
}

void
ml_lexer_clear (MlLexer *lexer)
{
  if (lexer->lit != NULL)
    g_string_free (lexer->lit, TRUE);
  if (lexer->value != NULL)
    g_string_free (lexer->value, TRUE);
  lexer->lit = NULL;
  lexer->value = NULL;
  g_clear_pointer (&lexer->directives, g_array_unref);
}

static void
lex_error (MlLexer    *lexer,
           gsize       offset,
           const char *message)
{
  /* Scanner errors print without the "syntax error: " prefix, as gc's do,
   * but they count as syntax errors (one per line). */
  ml_diag_sink_add (lexer->sink, ML_DIAGNOSTIC_SYNTAX,
                    ml_source_get_pos (lexer->source, offset), message);
  lexer->bad_literal = TRUE;
}

static inline int
peek (MlLexer *lexer,
      gsize    ahead)
{
  gsize at = lexer->offset + ahead;

  return at < lexer->length ? (guchar) lexer->text[at] : -1;
}

/* Decodes the character at offset; invalid UTF-8 gives U+FFFD and length 1. */
static gunichar
char_at (MlLexer *lexer,
         gsize    offset,
         guint   *len)
{
  guchar c = lexer->text[offset];
  gunichar u;
  const char *next;

  if (c < 0x80)
    {
      *len = 1;
      return c;
    }
  u = g_utf8_get_char_validated (lexer->text + offset, lexer->length - offset);
  if (u == (gunichar) -1 || u == (gunichar) -2)
    {
      *len = 1;
      return 0xfffd;
    }
  next = g_utf8_next_char (lexer->text + offset);
  *len = next - (lexer->text + offset);
  return u;
}

static gboolean
is_letter (gunichar c)
{
  return c == '_' || (c < 0x80 ? g_ascii_isalpha (c) : g_unichar_isalpha (c));
}

static gboolean
is_digit (gunichar c)
{
  return c < 0x80 ? g_ascii_isdigit (c) : g_unichar_isdigit (c);
}

static MlToken
keyword_lookup (const char *s,
                gsize       len)
{
  for (MlToken t = ML_TOK_BREAK; t <= ML_TOK_VAR; t++)
    {
      const char *k = token_strings[t];

      if (strlen (k) == len && memcmp (k, s, len) == 0)
        return t;
    }
  return ML_TOK_IDENT;
}

/* Records the line comment that starts at @start and ends at @end if it is a
 * //memlab: directive not recorded before. */
static void
note_line_comment (MlLexer *lexer,
                   gsize    start,
                   gsize    end)
{
  const gsize prefix = strlen (ML_DIRECTIVE_PREFIX);
  MlLexerDirective d;

  if (start < lexer->directives_end || end - start < prefix
      || memcmp (lexer->text + start, ML_DIRECTIVE_PREFIX, prefix) != 0)
    return;
  while (end > start + prefix && g_ascii_isspace (lexer->text[end - 1]))
    end--;
  d.offset = start;
  d.pos = ml_source_get_pos (lexer->source, start);
  d.text = lexer->text + start;
  d.len = end - start;
  g_array_append_val (lexer->directives, d);
  lexer->directives_end = end;
}

static void
skip_whitespace_and_comments (MlLexer  *lexer,
                              gboolean *newline,
                              gsize    *newline_at)
{
  for (;;)
    {
      int c = peek (lexer, 0);

      if (c == ' ' || c == '\t' || c == '\r')
        {
          lexer->offset++;
        }
      else if (c == '\n')
        {
          if (lexer->need_semi)
            {
              *newline = TRUE;
              *newline_at = lexer->offset;
              return;
            }
          lexer->offset++;
        }
      else if (c == '/' && peek (lexer, 1) == '/')
        {
          gsize start = lexer->offset;

          while (peek (lexer, 0) != -1 && peek (lexer, 0) != '\n')
            lexer->offset++;
          note_line_comment (lexer, start, lexer->offset);
        }
      else if (c == '/' && peek (lexer, 1) == '*')
        {
          gsize start = lexer->offset;
          gboolean had_newline = FALSE;
          gsize nl = 0;

          lexer->offset += 2;
          for (;;)
            {
              int d = peek (lexer, 0);

              if (d == -1)
                {
                  lex_error (lexer, start, "comment not terminated");
                  break;
                }
              if (d == '\n' && !had_newline)
                {
                  had_newline = TRUE;
                  nl = lexer->offset;
                }
              if (d == '*' && peek (lexer, 1) == '/')
                {
                  lexer->offset += 2;
                  break;
                }
              lexer->offset++;
            }
          /* A general comment holding a newline acts like a newline. */
          if (had_newline && lexer->need_semi)
            {
              *newline = TRUE;
              *newline_at = nl;
              return;
            }
        }
      else
        {
          return;
        }
    }
}

/* Reads one escape after a backslash into value; quote is ' or ". */
static void
scan_escape (MlLexer *lexer,
             int      quote)
{
  gsize start = lexer->offset - 1;
  int c = peek (lexer, 0);
  guint n = 0, base = 0;
  guint32 max = 0, x = 0;

  switch (c)
    {
    case 'a': g_string_append_c (lexer->value, '\a'); lexer->offset++; return;
    case 'b': g_string_append_c (lexer->value, '\b'); lexer->offset++; return;
    case 'f': g_string_append_c (lexer->value, '\f'); lexer->offset++; return;
    case 'n': g_string_append_c (lexer->value, '\n'); lexer->offset++; return;
    case 'r': g_string_append_c (lexer->value, '\r'); lexer->offset++; return;
    case 't': g_string_append_c (lexer->value, '\t'); lexer->offset++; return;
    case 'v': g_string_append_c (lexer->value, '\v'); lexer->offset++; return;
    case '\\': g_string_append_c (lexer->value, '\\'); lexer->offset++; return;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      n = 3; base = 8; max = 255;
      break;
    case 'x':
      lexer->offset++; n = 2; base = 16; max = 255;
      break;
    case 'u':
      lexer->offset++; n = 4; base = 16; max = 0x10ffff;
      break;
    case 'U':
      lexer->offset++; n = 8; base = 16; max = 0x10ffff;
      break;
    default:
      if (c == quote)
        {
          g_string_append_c (lexer->value, quote);
          lexer->offset++;
          return;
        }
      if (c == -1)
        lex_error (lexer, start, "escape sequence not terminated");
      else
        lex_error (lexer, start, "unknown escape");
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      int d = peek (lexer, 0);
      guint v;

      if (d >= '0' && d <= '9')
        v = d - '0';
      else if (d >= 'a' && d <= 'f')
        v = d - 'a' + 10;
      else if (d >= 'A' && d <= 'F')
        v = d - 'A' + 10;
      else
        v = 16;
      if (v >= base)
        {
          lex_error (lexer, lexer->offset, d == -1 ? "escape sequence not terminated"
                                                   : "invalid character in escape sequence");
          return;
        }
      x = x * base + v;
      lexer->offset++;
    }
  if (x > max && base == 8)
    {
      lex_error (lexer, start, "octal escape value > 255");
      return;
    }
  if (x > max || (x >= 0xd800 && x < 0xe000 && max > 255))
    {
      lex_error (lexer, start, "escape is invalid Unicode code point");
      return;
    }
  if (max == 255)
    g_string_append_c (lexer->value, (char) x);
  else
    g_string_append_unichar (lexer->value, x);
}

/* Skips the digits of a number in @base (and the "_" between them); returns the character
 * after them.  Digits too large for the base are gc's later error, in the checker. */
static int
skip_digits (MlLexer *lexer,
             int      base)
{
  for (;;)
    {
      int c = peek (lexer, 0);

      if (c == '_' || g_ascii_isdigit (c) || (base == 16 && g_ascii_isxdigit (c)))
        lexer->offset++;
      else
        return c;
    }
}

/* A number: decimal, 0x, 0o, 0b or old-style octal, integer or float (with a fraction or an
 * exponent), imaginary with a final "i". */
static MlToken
scan_number (MlLexer *lexer)
{
  gsize start = lexer->offset;
  gboolean is_float = FALSE;
  int base = 10;
  int c = peek (lexer, 0);

  if (c == '0')
    {
      int x = peek (lexer, 1);

      if (x == 'x' || x == 'X')
        base = 16, lexer->offset += 2;
      else if (x == 'o' || x == 'O')
        base = 8, lexer->offset += 2;
      else if (x == 'b' || x == 'B')
        base = 2, lexer->offset += 2;
    }

  c = skip_digits (lexer, base);
  if (c == '.' && base != 2 && base != 8)
    {
      is_float = TRUE;
      lexer->offset++;
      c = skip_digits (lexer, base);
    }
  if ((base == 10 && (c == 'e' || c == 'E')) || (base == 16 && (c == 'p' || c == 'P')))
    {
      is_float = TRUE;
      lexer->offset++;
      c = peek (lexer, 0);
      if (c == '+' || c == '-')
        lexer->offset++;
      if (!g_ascii_isdigit (peek (lexer, 0)))
        lex_error (lexer, start, "exponent has no digits");
      while (g_ascii_isdigit (peek (lexer, 0)) || peek (lexer, 0) == '_')
        lexer->offset++;
    }
  if (peek (lexer, 0) == 'i')
    {
      lexer->offset++;
      return ML_TOK_IMAG;
    }
  if (base == 16 && lexer->offset == start + 2 && !is_float)
    lex_error (lexer, start, "hexadecimal literal has no digits");
  return is_float ? ML_TOK_FLOAT : ML_TOK_INT;
}

/* The operators and punctuation, longest first where one starts another, so that the first
 * match is gc's (the longest). */
static const struct
{
  const char *text;
  MlToken     tok;
} operators[] = {
  { "...", ML_TOK_ELLIPSIS }, { "<<=", ML_TOK_SHL_ASSIGN }, { ">>=", ML_TOK_SHR_ASSIGN },
  { "&^=", ML_TOK_AND_NOT_ASSIGN },
  { "&^", ML_TOK_AND_NOT }, { "&&", ML_TOK_LAND }, { "||", ML_TOK_LOR }, { "<-", ML_TOK_ARROW },
  { "<<", ML_TOK_SHL }, { ">>", ML_TOK_SHR }, { "++", ML_TOK_INC }, { "--", ML_TOK_DEC },
  { "==", ML_TOK_EQL }, { "!=", ML_TOK_NEQ }, { "<=", ML_TOK_LEQ }, { ">=", ML_TOK_GEQ },
  { ":=", ML_TOK_DEFINE }, { "+=", ML_TOK_ADD_ASSIGN }, { "-=", ML_TOK_SUB_ASSIGN },
  { "*=", ML_TOK_MUL_ASSIGN }, { "/=", ML_TOK_QUO_ASSIGN }, { "%=", ML_TOK_REM_ASSIGN },
  { "&=", ML_TOK_AND_ASSIGN }, { "|=", ML_TOK_OR_ASSIGN }, { "^=", ML_TOK_XOR_ASSIGN },
  { "+", ML_TOK_ADD }, { "-", ML_TOK_SUB }, { "*", ML_TOK_MUL }, { "/", ML_TOK_QUO },
  { "%", ML_TOK_REM }, { "&", ML_TOK_AND }, { "|", ML_TOK_OR }, { "^", ML_TOK_XOR },
  { "<", ML_TOK_LSS }, { ">", ML_TOK_GTR }, { "=", ML_TOK_ASSIGN }, { "!", ML_TOK_NOT },
  { "(", ML_TOK_LPAREN }, { "[", ML_TOK_LBRACK }, { "{", ML_TOK_LBRACE }, { ",", ML_TOK_COMMA },
  { ".", ML_TOK_PERIOD }, { ")", ML_TOK_RPAREN }, { "]", ML_TOK_RBRACK }, { "}", ML_TOK_RBRACE },
  { ";", ML_TOK_SEMICOLON }, { ":", ML_TOK_COLON }, { "~", ML_TOK_TILDE },
};

/* The operator or punctuation at @start, or ML_TOK_ERROR for a character that starts none.
 * A newline after ")", "]", "}", "++" or "--" ends the statement. */
static MlToken
scan_operator (MlLexer *lexer,
               gsize    start)
{
  for (guint i = 0; i < G_N_ELEMENTS (operators); i++)
    {
      gsize n = strlen (operators[i].text);
      MlToken tok = operators[i].tok;

      if (start + n > lexer->length || memcmp (lexer->text + start, operators[i].text, n) != 0)
        continue;
      lexer->offset = start + n;
      lexer->need_semi = tok == ML_TOK_RPAREN || tok == ML_TOK_RBRACK || tok == ML_TOK_RBRACE
                         || tok == ML_TOK_INC || tok == ML_TOK_DEC;
      if (tok == ML_TOK_SEMICOLON)
        lexer->semi = ML_SEMI_EXPLICIT;
      return tok;
    }
  return ML_TOK_ERROR;
}

/* A name or a keyword, whose first character (@len bytes) is at @start. */
static MlToken
scan_identifier (MlLexer *lexer,
                 gsize    start,
                 guint    len)
{
  MlToken tok;

  lexer->offset += len;
  while (lexer->offset < lexer->length)
    {
      gunichar ch = char_at (lexer, lexer->offset, &len);

      if (!is_letter (ch) && !is_digit (ch))
        break;
      lexer->offset += len;
    }
  g_string_append_len (lexer->lit, lexer->text + start, lexer->offset - start);
  tok = keyword_lookup (lexer->lit->str, lexer->lit->len);
  lexer->need_semi = tok == ML_TOK_IDENT || tok == ML_TOK_BREAK || tok == ML_TOK_CONTINUE
                     || tok == ML_TOK_FALLTHROUGH || tok == ML_TOK_RETURN;
  return tok;
}

/* "...", after the opening quote: its value decoded into lexer->value. */
static void
scan_string (MlLexer *lexer,
             gsize    start)
{
  for (;;)
    {
      int c = peek (lexer, 0);

      if (c == '"')
        {
          lexer->offset++;
          break;
        }
      if (c == -1)
        {
          lex_error (lexer, start, "string literal not terminated");
          break;
        }
      if (c == '\n')
        {
          /* gc reports this at the newline itself. */
          lex_error (lexer, lexer->offset, "newline in string");
          break;
        }
      lexer->offset++;
      if (c == '\\')
        scan_escape (lexer, '"');
      else
        g_string_append_c (lexer->value, c);
    }
}

/* `...`, after the opening quote. */
static void
scan_raw_string (MlLexer *lexer,
                 gsize    start)
{
  for (;;)
    {
      int c = peek (lexer, 0);

      if (c == -1)
        {
          lex_error (lexer, start, "raw string literal not terminated");
          break;
        }
      lexer->offset++;
      if (c == '`')
        break;
      /* Carriage returns are discarded from raw strings. */
      if (c != '\r')
        g_string_append_c (lexer->value, c);
    }
}

/* '.', after the opening quote: exactly one character or escape. */
static void
scan_rune (MlLexer *lexer,
           gsize    start)
{
  guint n = 0;

  for (;;)
    {
      int c = peek (lexer, 0);

      if (c == '\'')
        {
          if (n == 0)
            lex_error (lexer, lexer->offset, "empty rune literal or unescaped '");
          lexer->offset++;
          break;
        }
      if (c == -1 || c == '\n')
        {
          lex_error (lexer, start, "rune literal not terminated");
          break;
        }
      if (c == '\\')
        {
          lexer->offset++;
          scan_escape (lexer, '\'');
        }
      else
        {
          guint l;

          char_at (lexer, lexer->offset, &l);
          g_string_append_len (lexer->value, lexer->text + lexer->offset, l);
          lexer->offset += l;
        }
      n++;
    }
  if (n > 1 && !lexer->bad_literal)
    lex_error (lexer, start, "more than one character in rune literal");
}

/* gc's message for a character that starts no token. */
static void
report_invalid_char (MlLexer  *lexer,
                     gsize     start,
                     gunichar  ch,
                     guint     len)
{
  g_autofree char *msg = NULL;

  if (ch == 0xfffd && len == 1)
    msg = g_strdup ("invalid UTF-8 encoding");
  else if (ch < 0x20 || ch == 0x7f)
    msg = g_strdup_printf ("invalid character U+%04X", ch);
  else
    {
      char buf[8] = { 0 };

      g_unichar_to_utf8 (ch, buf);
      msg = g_strdup_printf ("invalid character U+%04X '%s'", ch, buf);
    }
  lex_error (lexer, start, msg);
}

/* Sets the current token to the automatic semicolon of a newline at @newline_at or of the end
 * of the file. */
static void
set_semicolon (MlLexer    *lexer,
               gsize       at,
               MlSemiKind  kind)
{
  lexer->need_semi = FALSE;
  lexer->tok = ML_TOK_SEMICOLON;
  lexer->semi = kind;
  lexer->tok_start = at;
  lexer->tok_end = at;
  lexer->pos = ml_source_get_pos (lexer->source, at);
}

/* Reads the next token into lexer->tok, with its position, its text (names and literals)
 * and its value (string and rune literals).  A newline or the end of the file after a token
 * that may end a statement is an automatic semicolon, as in Go. */
void
ml_lexer_next (MlLexer *lexer)
{
  MlToken tok = ML_TOK_ERROR;

  while (tok == ML_TOK_ERROR)
    {
      gboolean newline = FALSE;
      gsize newline_at = 0;
      gsize start;
      gunichar ch;
      guint len;

      g_string_truncate (lexer->lit, 0);
      g_string_truncate (lexer->value, 0);
      lexer->bad_literal = FALSE;

      skip_whitespace_and_comments (lexer, &newline, &newline_at);
      if (newline)
        {
          set_semicolon (lexer, newline_at, ML_SEMI_NEWLINE);
          lexer->offset = newline_at + 1;
          return;
        }

      start = lexer->offset;
      if (start >= lexer->length)
        {
          if (lexer->need_semi)
            {
              set_semicolon (lexer, start, ML_SEMI_EOF);
              return;
            }
          lexer->tok_start = start;
          lexer->pos = ml_source_get_pos (lexer->source, start);
          lexer->tok = ML_TOK_EOF;
          lexer->tok_end = start;
          return;
        }
      lexer->tok_start = start;
      lexer->pos = ml_source_get_pos (lexer->source, start);

      ch = char_at (lexer, start, &len);
      if (is_letter (ch))
        tok = scan_identifier (lexer, start, len);
      /* g_ascii_isdigit() looks at the low byte only, so check for ASCII
       * first: U+0831 must not start a number. */
      else if ((ch < 0x80 && g_ascii_isdigit (ch)) || (ch == '.' && g_ascii_isdigit (peek (lexer, 1))))
        {
          tok = scan_number (lexer);
          g_string_append_len (lexer->lit, lexer->text + start, lexer->offset - start);
          lexer->need_semi = TRUE;
        }
      else if (ch == '"' || ch == '`' || ch == '\'')
        {
          lexer->offset += len;
          if (ch == '"')
            scan_string (lexer, start);
          else if (ch == '`')
            scan_raw_string (lexer, start);
          else
            scan_rune (lexer, start);
          tok = ch == '\'' ? ML_TOK_CHAR : ML_TOK_STRING;
          g_string_append_len (lexer->lit, lexer->text + start, lexer->offset - start);
          lexer->need_semi = TRUE;
        }
      else
        tok = scan_operator (lexer, start);

      if (tok == ML_TOK_ERROR)
        {
          /* Skip the character and go on, as gc's scanner does (a loop, not
           * recursion: a long run of garbage must not exhaust the stack). */
          lexer->offset = start + len;
          lexer->need_semi = FALSE;
          report_invalid_char (lexer, start, ch, len);
        }
    }
  lexer->tok = tok;
  lexer->tok_end = lexer->offset;
}
