/* ml-compile-iface.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Interfaces in the compiler: conversions to interfaces (boxing with convT's rules, and the
 * itab the linker emits for each pair of a concrete type and an interface), conversions
 * between interfaces, type assertions, functions and methods used as values (the read-only
 * closures Go calls "f·f", and the wrappers it makes for (*T).m, I.m and i.m), and the
 * errors package's *errorString, whose Error method fmt.Errorf's results need.  Type
 * switches are control flow and live in ml-compile-flow.c; calls through an interface in
 * ml-compile-call.c.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ml-compiler-private.h"

/* The itab of the concrete type @type in the interface type @iface. */
guint
_ml_itab_symbol (Compiler *c,
                 guint     type,
                 guint     iface)
{
  return ml_vm_program_add_symbol (c->out, ML_VM_SYMBOL_ITAB, type, iface, ML_VM_NONE);
}

/* dst = src of type @from boxed into the interface type @to (convT); @w 1 for a constant,
 * which the loader points at read-only data.  An interface with methods gets the itab of
 * the pair in its first word. */
void
_ml_emit_box (Compiler *c,
              guint32   dst,
              guint32   src,
              guint     from,
              guint     to,
              guint     w)
{
  guint pc = emit (c, ML_OP_BOX, w, dst, src, 0, from, 0);

  if (ml_vm_type_is_iface (type_info (c, to)))
    {
      insn (c, pc)->flags |= ML_VM_INSN_ITAB;
      insn (c, pc)->c = _ml_itab_symbol (c, from, to);
    }
}

/* Whether a value of type @t boxed where escape analysis keeps the box on the stack goes
 * in a stack temporary (walk's dataWord): not when convT would not allocate anyway (zero
 * size, a bool or a byte, which point into runtime data), nor past 1 KiB. */
static gboolean
boxes_on_stack (const MlVmType *t)
{
  gboolean one_byte = t->size == 1 && (t->kind == ML_VM_KIND_BOOL || ml_vm_kind_is_signed (t->kind)
                                       || ml_vm_kind_is_unsigned (t->kind));

  return t->size > 0 && t->size <= 1024 && !one_byte && !ml_vm_kind_is_pointer_word (t->kind);
}

/* The value @v as a value of type @to: unchanged unless @to is an interface type it is not
 * of, then boxed (a concrete value) or converted (another interface's value, whose dynamic
 * type gets @to's itab).  @site is the conversion whose box escape analysis judged (NULL:
 * none, the box goes on the heap as convT puts it); a box that does not escape is a stack
 * temporary, as Go's walk makes it. */
Place
_ml_convert_iface_at (Compiler *c,
                      Place     v,
                      guint     to,
                      MlNode   *site)
{
  MlVmType *tt = type_info (c, to);
  MlVmType *ft = type_info (c, v.type);
  guint32 src, dst;

  if (v.type == to || tt == NULL || ft == NULL || tt->kind != ML_VM_KIND_INTERFACE)
    return v;
  src = _ml_to_opnd (c, v);
  dst = _ml_temp (c, to);
  if (ft->kind == ML_VM_KIND_INTERFACE)
    emit (c, ML_OP_CONVI, 0, dst, src, 0, to, v.type);
  else if (site != NULL && boxes_on_stack (ft) && !_ml_alloc_on_heap (c, site))
    {
      guint32 tmp = _ml_storage_temp (c, v.type);
      guint32 ptr = _ml_temp (c, _ml_pointer_to (c, v.type));

      _ml_emit_move (c, tmp, src, v.type);
      emit (c, ML_OP_LEA, 8, ptr, tmp, 0, 0, 0);
      _ml_emit_box (c, dst, ptr, v.type, to, 0);
      insn (c, here (c) - 1)->flags |= ML_VM_INSN_BOX_ADDR;
    }
  else
    _ml_emit_box (c, dst, src, v.type, to, 0);
  return direct (dst, to);
}

Place
_ml_convert_iface (Compiler *c,
                   Place     v,
                   guint     to)
{
  return _ml_convert_iface_at (c, v, to, NULL);
}

/* x.(T), with the bool "ok" in @ok (ML_VM_NONE: a failed assertion panics). */
Place
_ml_compile_type_assert (Compiler *c,
                         MlNode   *n,
                         guint32   ok)
{
  guint xt = _ml_type_id (c, n->x->type);
  guint32 x = _ml_to_opnd (c, _ml_compile_expr (c, n->x));
  guint t = _ml_type_id (c, n->type);
  guint32 dst = _ml_temp (c, t);

  emit (c, ML_OP_ASSERT, 0, dst, x, ok, t, xt);
  return direct (dst, t);
}

/* A function of the program without code: a wrapper of @kind around the function
 * @wrapped or the itab slot @method (see MlVmWrapperKind), named as Go names it; made once
 * per name. */
static guint
wrapper_func (Compiler        *c,
              const char      *name,
              MlVmWrapperKind  kind,
              guint            wrapped,
              guint            method)
{
  gpointer found;
  guint index;
  MlVmFunc *f;

  if (g_hash_table_lookup_extended (c->wrappers, name, NULL, &found))
    return GPOINTER_TO_UINT (found);
  f = ml_vm_program_add_func (c->out, name, &index);
  f->wrapper = kind;
  f->wrapped = wrapped;
  f->method = method;
  f->pos.line = c->pos.line;
  f->pos.col = c->pos.col;
  g_hash_table_insert (c->wrappers, g_strdup (name), GUINT_TO_POINTER (index));
  return index;
}

/* The read-only closure of function @fi as a value, in a temporary of type @type. */
static Place
func_value (Compiler *c,
            guint     fi,
            guint     type)
{
  guint32 dst = _ml_temp (c, type);

  emit (c, ML_OP_FUNCVAL, 0, dst, 0, 0, 0,
        ml_vm_program_add_symbol (c->out, ML_VM_SYMBOL_FUNCVAL, 0, 0, fi));
  return direct (dst, type);
}

/* A function declared in the program, used as a value: f := doble. */
Place
_ml_compile_func_value (Compiler *c,
                        MlNode   *n)
{
  guint fi = GPOINTER_TO_UINT (g_hash_table_lookup (c->funcs, n->obj->decl));

  return func_value (c, fi - 1, _ml_type_id (c, n->type));
}

/* A method expression: T.m and (*T).m are the method's own function when its receiver is
 * what they take, (*T).m of a value method a wrapper that passes *p, and I.m a wrapper that
 * calls the method through the interface's itab. */
Place
_ml_compile_method_expr (Compiler *c,
                         MlNode   *n)
{
  MlType *t = n->x->type;
  guint ft = _ml_type_id (c, n->type);
  const char *tname = type_info (c, _ml_type_id (c, t))->name;
  g_autofree char *name = NULL;
  guint fi;

  if (ml_type_is_interface (t))
    {
      guint slot = 0;

      ml_type_interface_method (t, n->name, &slot);
      name = g_strdup_printf ("%s.%s", tname, n->name);
      return func_value (c, wrapper_func (c, name, ML_VM_WRAPPER_IFACE, ML_VM_NONE, slot), ft);
    }
  {
    /* A method promoted from an embedded field: its wrapper, taking a T or a *T. */
    MlType *base = t->kind == ML_TYPE_POINTER ? t->elem : t;
    MlSelection sel;

    if (base != NULL && base->kind == ML_TYPE_NAMED && ml_type_lookup_selection (base, n->name, &sel)
        && sel.depth > 0 && (sel.method != NULL || sel.imethod != NULL))
      {
        fi = _ml_promoted_wrapper (c, base, &sel, n->name, t->kind == ML_TYPE_POINTER);
        if (fi != ML_VM_NONE)
          return func_value (c, fi, ft);
      }
  }
  fi = GPOINTER_TO_UINT (g_hash_table_lookup (c->funcs, n->obj->decl)) - 1;
  if (t->kind == ML_TYPE_POINTER && !n->obj->pointer_recv)
    {
      const char *base = type_info (c, _ml_type_id (c, t->elem))->name;
      const char *dot = strrchr (base, '.');

      /* main.(*T).m, as Go names the wrapper. */
      name = dot != NULL ? g_strdup_printf ("%.*s(*%s).%s", (int) (dot - base + 1), base, dot + 1, n->name)
                         : g_strdup_printf ("(*%s).%s", base, n->name);
      fi = wrapper_func (c, name, ML_VM_WRAPPER_DEREF, fi, 0);
    }
  return func_value (c, fi, ft);
}

/* i.m of an interface value i: a closure { F; i } whose code is Go's "I.m-fm" wrapper,
 * which calls the method through i's itab.  The closure goes where escape analysis says. */
Place
_ml_compile_iface_method_value (Compiler *c,
                                MlNode   *n)
{
  guint it = _ml_type_id (c, n->x->type);
  guint ft = _ml_type_id (c, n->type);
  guint slot = 0;
  const char *names[] = { "F", "R" };
  guint types[] = { c->out->t_uintptr, it };
  g_autofree char *cname = g_strdup_printf ("struct { F uintptr; R %s }", type_info (c, it)->name);
  g_autofree char *wname = NULL;
  guint ct, fi;
  guint32 p, r;

  ml_type_interface_method (n->x->type, n->name, &slot);
  wname = g_strdup_printf ("%s.%s-fm", type_info (c, it)->name, n->name);
  fi = wrapper_func (c, wname, ML_VM_WRAPPER_IFACE_VALUE, ML_VM_NONE, slot);
  r = _ml_to_opnd (c, _ml_compile_expr (c, n->x));
  ct = _ml_struct_type (c, cname, 2, names, types);
  p = _ml_temp (c, ft);
  _ml_alloc_storage (c, n, ct, p);
  emit (c, ML_OP_CLOSURE, 0, p, 0, 0, 0, fi);
  _ml_store_place (c, indirect (p, type_info (c, ct)->fields[1].offset, it), r, it);
  return direct (p, ft);
}

/* errors.(*errorString).Error, the method behind fmt.Errorf's errors: it returns the
 * string the error holds.  Made the first time an itab needs it. */
static guint
errorstring_error (Compiler *c,
                   guint     es,
                   guint     pes,
                   guint     error_type)
{
  const char *name = "errors.(*errorString).Error";
  gpointer found;
  guint index;
  MlVmFunc *f;
  MlVmInsn in = { 0 };
  MlVmPos pos = { 0, 0 };

  if (g_hash_table_lookup_extended (c->wrappers, name, NULL, &found))
    return GPOINTER_TO_UINT (found);
  f = ml_vm_program_add_func (c->out, name, &index);
  f->param_slots = g_new0 (guint, 1);
  f->result_slots = g_new0 (guint, 1);
  f->param_slots[0] = ml_vm_func_add_slot (f, "e", pes, ML_VM_SLOT_PARAM);
  f->result_slots[0] = ml_vm_func_add_slot (f, "~r0", c->out->t_string, ML_VM_SLOT_RESULT);
  f->n_params = 1;
  f->n_results = 1;
  /* return e.s */
  in.op = ML_OP_LOAD;
  in.a = _ml_slot_opnd (c, f->result_slots[0], 0);
  in.b = _ml_slot_opnd (c, f->param_slots[0], 0);
  in.aux = c->out->t_string;
  g_array_append_val (f->code, in);
  g_array_append_val (f->code_pos, pos);
  in = (MlVmInsn) { .op = ML_OP_RET };
  g_array_append_val (f->code, in);
  g_array_append_val (f->code_pos, pos);
  g_hash_table_insert (c->wrappers, g_strdup (name), GUINT_TO_POINTER (index));

  /* *errorString's method set, which its itab in error is made from. */
  if (type_info (c, es)->n_methods == 0)
    {
      MlVmType *t = type_info (c, es);

      t->methods = g_new0 (MlVmMethod, 1);
      t->n_methods = 1;
      t->methods[0].name = g_strdup ("Error");
      t->methods[0].type = type_info (c, error_type)->methods[0].type;
      t->methods[0].func = index;
      t->methods[0].pointer_recv = TRUE;
    }
  return index;
}

/* The type *errors.errorString, with its method Error; @error_type is the type error. */
guint
_ml_errorstring_type (Compiler *c,
                      guint     error_type)
{
  const char *names[] = { "s" };
  guint types[] = { c->out->t_string };
  guint es = _ml_struct_type (c, "errors.errorString", 1, names, types);
  guint pes = _ml_pointer_to (c, es);

  errorstring_error (c, es, pes, error_type);
  return pes;
}
