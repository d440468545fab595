/* ml-compile-rterror.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The methods of the values runtime errors panic with (runtime/error.go): errorString,
 * plainError and boundsError have Error and RuntimeError with value receivers,
 * *TypeAssertionError with pointer ones, so that a recovered runtime error is an error and a
 * runtime.Error, as in Go: a type switch's "case error" takes it, and err.Error() is its
 * text.  Error is one RTERROR instruction (ml-vm-runtime-error.c), RuntimeError returns.  A
 * file of its own because these are the only functions the compiler writes for the runtime's
 * own types.
 */

#include "config.h"

#include <string.h>

#include "ml-compiler-private.h"

static void
append_insn (MlVmFunc *f,
             MlVmInsn  in)
{
  MlVmPos pos = { 0, 0 };

  g_array_append_val (f->code, in);
  g_array_append_val (f->code_pos, pos);
}

/* runtime.(T).Error or runtime.(T).RuntimeError, of the receiver type @recv (T or *T). */
static guint
add_method_func (Compiler   *c,
                 const char *type_name,
                 guint       recv,
                 gboolean    pointer_recv,
                 gboolean    error)
{
  g_autofree char *name = g_strdup_printf ("runtime.(%s%s).%s", pointer_recv ? "*" : "",
                                           type_name + strlen ("runtime."),
                                           error ? "Error" : "RuntimeError");
  guint index;
  MlVmFunc *f = ml_vm_program_add_func (c->out, name, &index);

  f->flags = ML_VM_FUNC_RUNTIME;
  f->param_slots = g_new0 (guint, 1);
  f->param_slots[0] = ml_vm_func_add_slot (f, "e", recv, ML_VM_SLOT_PARAM);
  f->n_params = 1;
  if (error)
    {
      f->result_slots = g_new0 (guint, 1);
      f->result_slots[0] = ml_vm_func_add_slot (f, "~r0", c->out->t_string, ML_VM_SLOT_RESULT);
      f->n_results = 1;
      append_insn (f, (MlVmInsn) { .op = ML_OP_RTERROR,
                                   .a = _ml_slot_opnd (c, f->result_slots[0], 0),
                                   .b = _ml_slot_opnd (c, f->param_slots[0], 0),
                                   .aux = recv });
    }
  append_insn (f, (MlVmInsn) { .op = ML_OP_RET });
  return index;
}

/* Gives the runtime's error type @type_name its two methods, in Go's order. */
static void
add_methods (Compiler   *c,
             const char *type_name,
             gboolean    pointer_recv)
{
  MlVmType *t = ml_vm_program_find_type (c->out, type_name);
  guint recv, error_type, runtime_error_type, error_func, runtime_error_func;

  if (t == NULL || t->n_methods > 0)
    return;
  recv = pointer_recv ? _ml_pointer_to (c, t->id) : t->id;
  error_type = _ml_word_type (c, "func() string", ML_VM_KIND_FUNC);
  runtime_error_type = _ml_word_type (c, "func()", ML_VM_KIND_FUNC);
  error_func = add_method_func (c, type_name, recv, pointer_recv, TRUE);
  runtime_error_func = add_method_func (c, type_name, recv, pointer_recv, FALSE);
  t->methods = g_new0 (MlVmMethod, 2);
  t->n_methods = 2;
  t->methods[0] = (MlVmMethod) { g_strdup ("Error"), error_type, error_func, pointer_recv };
  t->methods[1] = (MlVmMethod) { g_strdup ("RuntimeError"), runtime_error_type, runtime_error_func,
                                 pointer_recv };
}

/* The methods of runtime.errorString, plainError, boundsError and *TypeAssertionError. */
void
_ml_add_runtime_error_methods (Compiler *c)
{
  add_methods (c, "runtime.errorString", FALSE);
  add_methods (c, "runtime.plainError", FALSE);
  add_methods (c, "runtime.boundsError", FALSE);
  add_methods (c, "runtime.TypeAssertionError", TRUE);
}
