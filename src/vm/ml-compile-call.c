/* ml-compile-call.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calls and what is called: the arguments (with a variadic call's slice), calls of functions,
 * methods, interface methods and function values, and the closures a function literal or a
 * method value makes.  Built-in functions and conversions look like calls but compile to
 * instructions of their own, in ml-compile-builtin.c.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ml-compiler-private.h"

static guint
func_index (Compiler *c,
            MlNode   *decl)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (c->funcs, decl)) - 1;
}

/* Emits a call of function @fi (or of the closure in @closure when fi is NONE) with the
 * arguments already evaluated into @args; returns the result places. */
static GArray *
emit_call (Compiler *c,
           guint     fi,
           guint32   closure,
           GArray   *args,
           GArray   *arg_types,
           MlType   *results)
{
  MlVmCallSite cs = { 0 };
  GArray *out = no_results ();
  guint n_res = results != NULL ? results->n_fields : 0;

  cs.n_args = args->len;
  cs.arg_src = g_memdup2 (args->data, sizeof (guint32) * MAX (args->len, 1));
  cs.arg_type = g_memdup2 (arg_types->data, sizeof (guint) * MAX (arg_types->len, 1));
  cs.n_results = n_res;
  cs.res_dst = g_new0 (guint32, MAX (n_res, 1));
  cs.res_type = g_new0 (guint, MAX (n_res, 1));
  for (guint i = 0; i < n_res; i++)
    {
      guint rt = _ml_type_id (c, results->fields[i].type);
      Place p = direct (_ml_temp (c, rt), rt);

      cs.res_dst[i] = p.opnd;
      cs.res_type[i] = rt;
      g_array_append_val (out, p);
    }
  g_array_append_val (c->vf->calls, cs);
  if (fi != ML_VM_NONE)
    emit (c, ML_OP_CALL, 0, 0, 0, 0, c->vf->calls->len - 1, fi);
  else
    emit (c, ML_OP_CALLC, 0, 0, closure, 0, c->vf->calls->len - 1, 0);
  return out;
}

/* A call @n of the function declared at @decl: the callee's body, here, when gc inlines
 * the call (ml-compile-inline.c); a call otherwise. */
static GArray *
call_func (Compiler *c,
           MlNode   *n,
           MlNode   *decl,
           GArray   *args,
           GArray   *arg_types,
           MlType   *results)
{
  GArray *res = _ml_compile_inlined (c, n, decl, args);

  if (res != NULL)
    return res;
  _ml_inline_check_call (c, n);
  return emit_call (c, func_index (c, decl), 0, args, arg_types, results);
}

/* The function @name of the bundled standard library package @pkg, or %NULL. */
MlFunc *
_ml_std_func (Compiler   *c,
              const char *pkg,
              const char *name)
{
  for (guint i = 0; i < c->prog->funcs->len; i++)
    {
      MlFunc *fn = g_ptr_array_index (c->prog->funcs, i);

      if (fn->pkg != NULL && strcmp (fn->pkg, pkg) == 0 && fn->name != NULL
          && strcmp (fn->name, name) == 0)
        return fn;
    }
  return NULL;
}

/* A call the compiler makes itself into the standard library's Go code (fmt.Errorf's
 * wrapping), with arguments already evaluated; returns the places of its results. */
GArray *
_ml_emit_std_call (Compiler      *c,
                   MlFunc        *fn,
                   const guint32 *args,
                   const guint   *types,
                   guint          n_args)
{
  g_autoptr(GArray) a = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) t = g_array_new (FALSE, FALSE, sizeof (guint));

  g_array_append_vals (a, args, n_args);
  g_array_append_vals (t, types, n_args);
  return emit_call (c, func_index (c, fn->node), 0, a, t, ml_type_underlying (fn->signature)->results);
}

static void
push_arg (Compiler *c,
          GArray   *args,
          GArray   *types,
          guint32   opnd,
          guint     type)
{
  g_array_append_val (args, opnd);
  g_array_append_val (types, type);
}

/* The variadic tail of @call from argument @first on, as a new slice of @pt in a temporary:
 * nil without arguments, else a slice of an implicit array, which is where escape analysis
 * says: on the heap when the callee keeps the slice ("... argument escapes to heap"); on the
 * stack, the callee may still return it to a variable of this function. */
static guint32
variadic_slice (Compiler *c,
                MlNode   *call,
                guint     first,
                MlType   *pt,
                GArray   *spread)
{
  guint ptid = _ml_type_id (c, pt);
  guint have = spread != NULL ? spread->len : call->list.n;
  guint n = have > first ? have - first : 0;
  guint et = _ml_type_id (c, pt->elem);
  guint32 s = _ml_temp (c, ptid);
  gboolean heap;
  guint at;
  guint32 ptr, arr = 0;
  Place base;

  if (n == 0)
    {
      emit (c, ML_OP_ZERO, 0, s, 0, 0, ptid, 0);
      return s;
    }
  at = _ml_array_of (c, et, n);
  ptr = _ml_temp (c, _ml_pointer_to (c, at));
  heap = _ml_alloc_on_heap (c, call);
  if (heap)
    {
      emit (c, ML_OP_NEW, 8, ptr, 0, 0, at, 0);
      base = indirect (ptr, 0, at);
    }
  else
    {
      arr = _ml_storage_temp (c, at);
      emit (c, ML_OP_ZERO, 0, arr, 0, 0, at, 0);
      base = direct (arr, at);
    }
  for (guint k = 0; k < n; k++)
    {
      Place v = spread != NULL
                ? _ml_convert_iface (c, g_array_index (spread, Place, first + k), et)
                : _ml_compile_value (c, call->list.items[first + k], pt->elem);
      guint32 src = _ml_to_opnd (c, v);

      _ml_store_place (c, _ml_field_place (c, base, k * type_info (c, et)->size, et), src, et);
    }
  if (!heap)
    emit (c, ML_OP_LEA, 8, ptr, arr, 0, 0, 0);
  emit (c, ML_OP_MKSLICEAT, 0, s, ptr, 0, et, n);
  return s;
}

/* The arguments of a call to a function of signature @sig, with variadic packing. */
static void
compile_args (Compiler *c,
              MlNode   *call,
              MlType   *sig,
              GArray   *args,
              GArray   *types)
{
  MlType *params = sig->params;
  guint np = params != NULL ? params->n_fields : 0;
  gboolean dots = (call->flags & ML_NODE_FLAG_DOTS) != 0;
  g_autoptr(GArray) spread = NULL;

  /* f(g()): g's results, in order, are f's arguments. */
  if (call->list.n == 1 && call->list.items[0]->type != NULL &&
      call->list.items[0]->type->kind == ML_TYPE_TUPLE)
    {
      spread = _ml_compile_call (c, ml_node_unparen (call->list.items[0]));
      for (guint i = 0; i < np; i++)
        {
          MlType *pt = params->fields[i].type;
          guint ptid = _ml_type_id (c, pt);

          if (sig->variadic && i + 1 == np)
            {
              push_arg (c, args, types, variadic_slice (c, call, i, pt, spread), ptid);
              break;
            }
          if (i < spread->len)
            push_arg (c, args, types,
                      _ml_to_opnd (c, _ml_convert_iface (c, g_array_index (spread, Place, i), ptid)),
                      ptid);
        }
      return;
    }
  for (guint i = 0; i < np; i++)
    {
      MlType *pt = params->fields[i].type;
      guint ptid = _ml_type_id (c, pt);

      if (sig->variadic && i + 1 == np && !dots)
        {
          push_arg (c, args, types, variadic_slice (c, call, i, pt, NULL), ptid);
          break;
        }
      if (i < call->list.n)
        push_arg (c, args, types,
                  _ml_to_opnd (c, _ml_compile_value (c, call->list.items[i], pt)), ptid);
    }
}

/* The receiver of a call or method value x.m: x, &x or *x as the method wants it. */
static guint32
method_receiver (Compiler *c,
                 MlNode   *fx,
                 MlObject *fo,
                 guint    *rtid)
{
  MlType *rt = fx->x->type;
  gboolean is_ptr = ml_type_underlying (rt)->kind == ML_TYPE_POINTER;
  MlFunc *mf = ml_program_lookup_func (c->prog, fo->decl);
  MlObject *recv = mf != NULL ? mf->recv : NULL;
  guint32 r;
  Place dp;

  /* In a defer's wrapper the statement evaluated the receiver as the method wants it. */
  if (_ml_defer_operand (c, fx->x, &dp))
    {
      *rtid = dp.type;
      return _ml_to_opnd (c, dp);
    }
  if (fo->pointer_recv)
    {
      if (is_ptr)
        r = _ml_to_opnd (c, _ml_compile_expr (c, fx->x));
      else
        r = _ml_address_of (c, _ml_compile_expr (c, fx->x));
      *rtid = recv != NULL ? _ml_type_id (c, recv->type) : c->out->t_uintptr;
    }
  else
    {
      Place p = _ml_compile_expr (c, fx->x);

      if (is_ptr)
        {
          MlType *bt = ml_type_underlying (rt)->elem;

          p = indirect (_ml_to_opnd (c, p), 0, _ml_type_id (c, bt));
        }
      r = _ml_to_opnd (c, p);
      *rtid = p.type;
    }
  return r;
}

/* A call: the places of its results. */
GArray *
_ml_compile_call (Compiler *c,
                  MlNode   *n)
{
  MlNode *fx = ml_node_unparen (n->x);
  MlObject *fo = fx->obj;
  g_autoptr(GArray) args = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) types = g_array_new (FALSE, FALSE, sizeof (guint));
  MlType *sig;

  if (fx->mode == ML_MODE_TYPEXPR)
    return one_result (_ml_compile_conversion (c, n));
  if (fo != NULL && fo->builtin != ML_BUILTIN_NONE &&
      (fo->kind == ML_OBJ_BUILTIN || (fo->flags & ML_OBJ_FLAG_PACKAGE_FUNC)))
    return _ml_compile_builtin (c, n, fo->builtin);

  sig = ml_type_underlying (fx->type);
  if (sig == NULL || sig->kind != ML_TYPE_FUNC)
    {
      _ml_unsupported (c, n, _("this call is not supported yet"));
      return no_results ();
    }

  /* A method of an interface value: the function in its slot of the value's itab. */
  if (fx->kind == ML_NODE_SELECTOR && fx->x->mode != ML_MODE_PACKAGE &&
      ml_type_is_interface (fx->x->type) && fx->x->mode != ML_MODE_TYPEXPR)
    {
      guint32 iv = _ml_to_opnd (c, _ml_compile_expr (c, fx->x));
      guint slot = 0;
      GArray *res;

      ml_type_interface_method (fx->x->type, fx->name, &slot);
      compile_args (c, n, sig, args, types);
      _ml_inline_check_call (c, n);
      res = emit_call (c, ML_VM_NONE, iv, args, types, sig->results);
      insn (c, here (c) - 1)->op = ML_OP_CALLI;
      insn (c, here (c) - 1)->imm = slot;
      return res;
    }

  /* A method call: the receiver is the first argument.  A call of a method expression,
   * T.m(x), calls its function value (a wrapper for (*T).m or a promoted m). */
  if (fx->kind == ML_NODE_SELECTOR && fo != NULL && fo->kind == ML_OBJ_FUNC && fo->decl != NULL
      && fx->x->mode != ML_MODE_TYPEXPR && fx->x->mode != ML_MODE_PACKAGE)
    {
      guint rtid;
      guint32 r = method_receiver (c, fx, fo, &rtid);

      push_arg (c, args, types, r, rtid);
      compile_args (c, n, sig, args, types);
      return call_func (c, n, fo->decl, args, types, sig->results);
    }

  if (fo != NULL && fo->kind == ML_OBJ_FUNC && fo->decl != NULL
      && !(fx->kind == ML_NODE_SELECTOR && fx->x->mode == ML_MODE_TYPEXPR))
    {
      compile_args (c, n, sig, args, types);
      return call_func (c, n, fo->decl, args, types, sig->results);
    }

  /* A function value: a closure. */
  {
    guint32 f = _ml_to_opnd (c, _ml_compile_expr (c, fx));

    compile_args (c, n, sig, args, types);
    _ml_inline_check_call (c, n);
    return emit_call (c, ML_VM_NONE, f, args, types, sig->results);
  }
}

/* A method value x.m: a closure { F; receiver } allocated on the heap (Go's x.m-fm wrapper);
 * calling it passes the receiver as the method's first parameter. */
Place
_ml_compile_method_value (Compiler *c,
                          MlNode   *n)
{
  guint ft = _ml_type_id (c, n->type);
  guint rtid;
  guint32 r = method_receiver (c, n, n->obj, &rtid);
  const char *names[] = { "F", "R" };
  guint types[] = { c->out->t_uintptr, rtid };
  g_autofree char *cname = g_strdup_printf ("struct { F uintptr; R %s }",
                                            type_info (c, rtid)->name);
  guint ct = _ml_struct_type (c, cname, 2, names, types);
  guint32 p = _ml_temp (c, ft);

  emit (c, ML_OP_NEW, 8, p, 0, 0, ct, 0);
  emit (c, ML_OP_CLOSURE, 0, p, 0, 0, 0, func_index (c, n->obj->decl));
  _ml_store_place (c, indirect (p, type_info (c, ct)->fields[1].offset, rtid), r, rtid);
  return direct (p, ft);
}

/* A function literal: its closure object, the code pointer, then each capture (a pointer to
 * the variable, or its value when the closure outlives a variable that stays on the
 * stack). */
Place
_ml_compile_func_lit (Compiler *c,
                      MlNode   *n)
{
  MlFunc *lf = ml_program_lookup_func (c->prog, n);
  guint fi = func_index (c, n);
  guint ct = GPOINTER_TO_UINT (g_hash_table_lookup (c->closure_types, lf));
  MlVmType *ctt = type_info (c, ct);
  guint ft = _ml_type_id (c, n->type);
  guint32 p;

  /* A literal that captures nothing is a function of its own: its value is a funcval, and
   * nothing is allocated. */
  if (lf != NULL && (lf->captures == NULL || lf->captures->len == 0))
    return direct (_ml_funcval (c, fi), ft);
  p = _ml_temp (c, ft);
  _ml_alloc_storage (c, n, ct, p);
  emit (c, ML_OP_CLOSURE, 0, p, 0, 0, 0, fi);
  for (guint i = 0; lf != NULL && lf->captures != NULL && i < lf->captures->len; i++)
    {
      MlObject *o = g_ptr_array_index (lf->captures, i);
      VarInfo *v = _ml_lookup_var (c, o);
      MlVmField *fld = &ctt->fields[i + 1];
      Place src;
      guint32 value;

      if (v == NULL)
        v = _ml_declare_local (c, o);
      src = _ml_var_place (c, v);
      if (type_info (c, fld->type)->kind == ML_VM_KIND_POINTER && fld->type != v->type)
        value = _ml_address_of (c, src);
      else
        value = _ml_to_opnd (c, src);
      _ml_store_place (c, indirect (p, fld->offset, fld->type), value, fld->type);
    }
  return direct (p, ft);
}

/* Decides a function literal's closure layout: the code pointer, then one field per
 * capture. */
void
_ml_plan_closure (Compiler *c,
                  MlFunc   *fn)
{
  guint n = fn->captures != NULL ? fn->captures->len : 0;
  g_autofree const char **names = g_new0 (const char *, n + 2);
  g_autofree guint *types = g_new0 (guint, n + 2);
  g_autofree char *name = NULL;
  gboolean heap = _ml_alloc_on_heap (c, fn->node);

  names[0] = "F";
  types[0] = c->out->t_uintptr;
  for (guint i = 0; i < n; i++)
    {
      MlObject *o = g_ptr_array_index (fn->captures, i);
      guint t = _ml_type_id (c, o->type);

      names[i + 1] = o->name;
      /* By value when the closure outlives a variable that stays on the stack; a defer's
       * wrapper holds its operands' values, up to 128 bytes, as gc captures them. */
      if (fn->defer_stmt != NULL ? ml_type_sizeof (o->type) <= 128
          : heap && !_ml_var_on_heap (c, o) && !(o->flags & ML_OBJ_FLAG_GLOBAL))
        types[i + 1] = t;
      else
        types[i + 1] = _ml_pointer_to (c, t);
    }
  name = g_strdup_printf ("struct { F uintptr; %s.closure }", fn->name);
  g_hash_table_insert (c->closure_types, fn,
                       GUINT_TO_POINTER (_ml_struct_type (c, name, n + 1, names, types)));
}
