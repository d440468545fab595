/* ml-check-literals.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Literals (types2's literals.go): basic literals become constants (integers in any base,
 * with gc's digit errors; floats; runes; strings), composite literals are checked against
 * their struct, array, slice or map type (with elided types taken from the context and
 * [...]T counting its elements), and function literals get their MlFunc, named as gc names
 * closures ("main.func1"), and their body checked.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ml-check-private.h"
#include "ml-parser-private.h"
#include "ml-const-private.h"

/* types2's limit on the length of a numeric literal: no constant needs more digits. */
#define MAX_LITERAL_LEN 10000

/* An integer literal's digits, with gc's "invalid digit" errors. */
static gboolean
check_int_digits (MlChecker *c,
                  MlNode    *n)
{
  const char *s = n->name;
  int base = 10;

  if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
    base = 16, s += 2;
  else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
    base = 2, s += 2;
  else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O'))
    base = 8, s += 2;
  else if (s[0] == '0' && s[1] != '\0')
    base = 8, s += 1;
  for (; *s; s++)
    {
      int d;

      if (*s == '_')
        continue;
      d = g_ascii_xdigit_value (*s);
      if (d < 0 || d >= base)
        {
          ml_check_error_at (c, n->pos, "invalid digit %c in %s literal", *s,
                             base == 8 ? "octal" : base == 2 ? "binary" : base == 16 ? "hexadecimal" : "decimal");
          return FALSE;
        }
    }
  return TRUE;
}

/* An integer or floating-point literal (types2's basicLit): not excessively long, a value
 * go/constant can read, and an integer of at most 512 bits. */
static void
check_number_lit (MlChecker *c,
                  MlNode    *n)
{
  gsize len = strlen (n->name);

  if (len > MAX_LITERAL_LEN)
    {
      ml_check_error_at (c, n->pos, "excessively long constant: %.10s... (%" G_GSIZE_FORMAT " chars)", n->name, len);
      ml_check_invalidate (c, n);
      return;
    }
  if (n->op == ML_TOK_INT)
    {
      if (!check_int_digits (c, n))
        {
          ml_check_invalidate (c, n);
          return;
        }
      n->type = c->t_uint_const;
      n->cval = ml_const_make_int_literal (c->arena, n->name);
    }
  else
    {
      n->type = c->t_ufloat;
      n->cval = ml_const_make_float_literal (c->arena, n->name);
    }
  if (n->cval == NULL)
    {
      ml_check_error_at (c, n->pos, "malformed constant: %s", n->name);
      ml_check_invalidate (c, n);
      return;
    }
  ml_check_overflow (c, n);
}

/* An imaginary literal: the number before its "i", as the imaginary part of an untyped
 * complex constant. */
static void
check_imag_lit (MlChecker *c,
                MlNode    *n)
{
  gsize len = strlen (n->name);
  g_autofree char *num = g_strndup (n->name, len > 0 ? len - 1 : 0);
  gboolean based_int;
  MlConst *im;

  if (len > MAX_LITERAL_LEN)
    {
      ml_check_error_at (c, n->pos, "excessively long constant: %.10s... (%" G_GSIZE_FORMAT " chars)", n->name, len);
      ml_check_invalidate (c, n);
      return;
    }
  /* "0123i" is decimal, for backward compatibility; "0x1p-2i", "0b101i" keep their base. */
  based_int = (g_ascii_strncasecmp (num, "0x", 2) == 0 && strpbrk (num, ".pP") == NULL)
              || g_ascii_strncasecmp (num, "0b", 2) == 0 || g_ascii_strncasecmp (num, "0o", 2) == 0;
  im = based_int ? ml_const_make_int_literal (c->arena, num)
       : ml_const_make_float_literal (c->arena, num);
  if (im == NULL)
    {
      ml_check_error_at (c, n->pos, "malformed constant: %s", n->name);
      ml_check_invalidate (c, n);
      return;
    }
  n->type = c->t_ucomplex;
  n->cval = ml_const_make_complex (c->arena, ml_const_make_int64 (c->arena, 0), im);
}

void
ml_check_basic_lit (MlChecker *c,
                    MlNode    *n)
{
  n->mode = ML_MODE_CONSTANT;
  switch (n->op)
    {
    case ML_TOK_INT:
    case ML_TOK_FLOAT:
      check_number_lit (c, n);
      break;
    case ML_TOK_IMAG:
      check_imag_lit (c, n);
      break;
    case ML_TOK_CHAR:
      n->type = c->t_urune;
      n->cval = ml_check_const_int (c, n->str_len == 1 ? (guchar) n->str[0]
                                       : n->str_len > 0 ? (gint64) g_utf8_get_char_validated (n->str, n->str_len)
                                       : 0);
      break;
    case ML_TOK_STRING:
    default:
      n->type = c->t_ustring;
      n->cval = ml_const_make_string (c->arena, n->str, n->str_len);
      break;
    }
}

/* [...]T{...}: the length is one past the highest index, counting keys. */
static MlType *
resolve_open_array (MlChecker *c,
                    MlNode    *n)
{
  MlType *t = ml_check_new_type (c, ML_TYPE_ARRAY, NULL);
  gint64 max = 0, idx = 0;

  t->elem = ml_check_resolve_type (c, n->x->y);
  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *e = n->list.items[i];

      if (e->kind == ML_NODE_KEY_VALUE)
        {
          gboolean ok;

          ml_check_expr (c, e->x, NULL);
          idx = ml_check_const_int_value (e->x, &ok);
        }
      idx++;
      max = MAX (max, idx);
    }
  t->len = max;
  n->x->type = t;
  n->x->mode = ML_MODE_TYPEXPR;
  return t;
}

/* T{f: v, ...}: every key a field of T, once. */
static void
check_keyed_struct_lit (MlChecker  *c,
                        MlNode     *n,
                        MlType     *u,
                        const char *ts)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *kv = n->list.items[i];
      MlField *f = NULL;

      if (kv->kind != ML_NODE_KEY_VALUE)
        {
          ml_check_error_at (c, ml_node_start_pos (kv), "mixture of field:value and value elements in struct literal");
          ml_check_expr (c, kv, NULL);
          continue;
        }
      if (kv->x->kind != ML_NODE_IDENT)
        {
          g_autofree char *s = ml_node_to_string (kv->x);

          ml_check_error_at (c, ml_node_start_pos (kv->x), "invalid field name %s in struct literal", s);
          ml_check_expr (c, kv->y, NULL);
          continue;
        }
      for (guint j = 0; j < u->n_fields; j++)
        if (strcmp (u->fields[j].name, kv->x->name) == 0)
          f = &u->fields[j];
      if (f == NULL)
        {
          ml_check_error_at (c, kv->x->pos, "unknown field %s in struct literal of type %s", kv->x->name, ts);
          ml_check_expr (c, kv->y, NULL);
          continue;
        }
      if (g_hash_table_contains (seen, f->name))
        ml_check_error_at (c, kv->x->pos, "duplicate field name %s in struct literal", f->name);
      g_hash_table_add (seen, (gpointer) f->name);
      kv->x->mode = ML_MODE_VALUE;
      kv->x->type = f->type;
      ml_check_expr (c, kv->y, f->type);
      ml_check_assign_operand (c, kv->y, f->type, "struct literal");
    }
}

/* T{v, ...}: one value per field, in order. */
static void
check_positional_struct_lit (MlChecker  *c,
                             MlNode     *n,
                             MlType     *u,
                             const char *ts)
{
  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *e = n->list.items[i];

      if (e->kind == ML_NODE_KEY_VALUE)
        {
          ml_check_error_at (c, ml_node_start_pos (e), "mixture of field:value and value elements in struct literal");
          ml_check_expr (c, e->y, NULL);
          continue;
        }
      if (i >= u->n_fields)
        {
          ml_check_expr (c, e, NULL);
          ml_check_error_at (c, ml_node_start_pos (e), "too many values in struct literal of type %s", ts);
          break;
        }
      ml_check_expr (c, e, u->fields[i].type);
      ml_check_assign_operand (c, e, u->fields[i].type, "struct literal");
    }
  if (n->list.n < u->n_fields)
    ml_check_error_at (c, n->pos2, "too few values in struct literal of type %s", ts);
}

/* [N]T{...} and []T{...}: elements in order, or at a constant index key. */
static void
check_indexed_lit (MlChecker *c,
                   MlNode    *n,
                   MlType    *u)
{
  gint64 idx = 0;

  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *e = n->list.items[i];

      if (e->kind == ML_NODE_KEY_VALUE)
        {
          gint64 v;

          if (ml_check_index_value (c, e->x, u->kind == ML_TYPE_ARRAY ? u->len : -1, FALSE, &v) && v >= 0)
            idx = v;
          e = e->y;
        }
      else if (u->kind == ML_TYPE_ARRAY && idx >= u->len)
        {
          ml_check_error_at (c, ml_node_start_pos (e),
                             "index %" G_GINT64_FORMAT " is out of bounds (>= %" G_GINT64_FORMAT ")", idx, u->len);
        }
      ml_check_expr (c, e, u->elem);
      ml_check_assign_operand (c, e, u->elem, "array or slice literal");
      idx++;
    }
}

static void
check_map_lit (MlChecker *c,
               MlNode    *n,
               MlType    *u)
{
  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *e = n->list.items[i];

      if (e->kind != ML_NODE_KEY_VALUE)
        {
          ml_check_error_at (c, ml_node_start_pos (e), "missing key in map literal");
          ml_check_expr (c, e, u->elem);
          continue;
        }
      ml_check_expr (c, e->x, u->key);
      ml_check_assign_operand (c, e->x, u->key, "map literal");
      ml_check_expr (c, e->y, u->elem);
      ml_check_assign_operand (c, e->y, u->elem, "map literal");
    }
}

/* T{...}; @hint is the type of an elided T ([]T{{...}}). */
void
ml_check_composite_lit (MlChecker *c,
                        MlNode    *n,
                        MlType    *hint)
{
  MlType *t, *u;
  g_autofree char *ts = NULL;

  if (n->x != NULL && n->x->kind == ML_NODE_ARRAY_TYPE && n->x->x != NULL && n->x->x->kind == ML_NODE_ELLIPSIS)
    t = resolve_open_array (c, n);
  else if (n->x != NULL)
    t = ml_check_resolve_type (c, n->x);
  else if (hint != NULL && ml_type_underlying (hint) != NULL
           && ml_type_underlying (hint)->kind == ML_TYPE_POINTER)
    {
      /* An elided literal of pointer type, []*T{{...}}, is &T{...}: the node becomes an
       * implicit & of the literal, as gc's OPTRLIT, at the literal's "{". */
      MlNode *lit = ml_node_new (c->arena, ML_NODE_COMPOSITE_LIT, n->pos);

      *lit = *n;
      memset (&n->list, 0, sizeof n->list);
      n->kind = ML_NODE_UNARY;
      n->op = ML_TOK_AND;
      n->x = lit;
      n->flags |= ML_NODE_FLAG_IMPLICIT;
      ml_check_composite_lit (c, lit, ml_type_underlying (hint)->elem);
      if (!ml_check_is_valid (lit))
        {
          ml_check_invalidate (c, n);
          return;
        }
      n->mode = ML_MODE_VALUE;
      n->type = hint;
      return;
    }
  else if (hint != NULL)
    t = hint;
  else
    {
      ml_check_error_at (c, n->pos, "invalid composite literal type: missing type");
      ml_check_invalidate (c, n);
      return;
    }
  u = ml_type_underlying (t);
  n->type = t;
  n->mode = ML_MODE_VALUE;
  if (u == NULL || u->kind == ML_TYPE_INVALID)
    {
      for (guint i = 0; i < n->list.n; i++)
        {
          MlNode *e = n->list.items[i];

          if (e->kind == ML_NODE_KEY_VALUE)
            e = e->y;
          if (e->kind != ML_NODE_COMPOSITE_LIT || e->x != NULL)
            ml_check_expr (c, e, NULL);
        }
      ml_check_invalidate (c, n);
      return;
    }
  ts = ml_type_to_string (t);

  switch (u->kind)
    {
    case ML_TYPE_STRUCT:
      if (n->list.n == 0)
        break;
      if (n->list.items[0]->kind == ML_NODE_KEY_VALUE)
        check_keyed_struct_lit (c, n, u, ts);
      else
        check_positional_struct_lit (c, n, u, ts);
      break;

    case ML_TYPE_ARRAY:
    case ML_TYPE_SLICE:
      check_indexed_lit (c, n, u);
      break;

    case ML_TYPE_MAP:
      check_map_lit (c, n, u);
      break;

    case ML_TYPE_INVALID:
    ML_TYPE_CASES_BASIC:
    ML_TYPE_CASES_UNTYPED:
    case ML_TYPE_POINTER: case ML_TYPE_CHAN: case ML_TYPE_FUNC: case ML_TYPE_INTERFACE:
    case ML_TYPE_TUPLE: case ML_TYPE_NAMED:
    default:
      ml_check_error_at (c, ml_node_start_pos (n), "invalid composite literal type %s", ts);
      ml_check_invalidate (c, n);
      break;
    }
}

/* gc's name for the next function literal: "main.func1", "main.func2"..., numbered in the
 * outermost function, or "glob..func1" in the value of a package variable. */
static const char *
closure_name (MlChecker *c)
{
  MlFunc *top = c->body.fn;
  g_autofree char *name = NULL;

  while (top != NULL && top->outer != NULL)
    top = top->outer;
  if (top == NULL)
    return ml_arena_strdup (c->arena, "glob..func1");
  top->n_literals++;
  name = g_strdup_printf ("%s.func%u", top->name, top->n_literals);
  return ml_arena_strdup (c->arena, name);
}

/* func(...) {...}: an MlFunc of its own, with its body checked where it stands. */
void
ml_check_func_lit (MlChecker *c,
                   MlNode    *n)
{
  MlFunc *fn = ml_func_new (n, closure_name (c));

  fn->outer = c->body.fn;
  fn->signature = ml_check_resolve_signature (c, n->x);
  g_ptr_array_add (c->prog->funcs, fn);
  g_hash_table_insert (c->prog->func_by_node, n, fn);
  ml_check_func_body (c, fn, n->x, n->y, NULL);
  n->mode = ML_MODE_VALUE;
  n->type = fn->signature;
}
