/* ml-compiler-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the compiler's files share: the Compiler context (the program being compiled and the
 * function being compiled), the places values live in, and the functions one construct's file
 * calls in another's.  The compiler is split by construct as Go's own is (types, emission,
 * expressions, calls, built-ins, statements, control flow); ml-compiler.c holds the entry
 * point and the package level.  Like every compiler file, this header sees only the front
 * end's headers and the neutral ml-vm-program.h.
 *
 * Every value the program computes lands in a place in simulated memory: a named variable's
 * frame slot or heap object (as escape analysis decides), a package variable, or a typed
 * temporary slot of the frame.  Expressions compile to places; a place is direct (an operand
 * the VM resolves to an address once) or indirect (a pointer held in a direct place, plus an
 * offset), which covers heap variables, dereferences, fields and elements.
 */

#pragma once

#include <glib.h>

#include "ml-check.h"
#include "ml-compiler.h"
#include "ml-token.h"
#include "ml-vm-op-private.h"

G_BEGIN_DECLS

typedef enum
{
  VAR_FRAME,      /* the value is in a frame slot */
  VAR_HEAP,       /* the frame slot holds a pointer to the value's heap object */
  VAR_GLOBAL,     /* a package variable */
  VAR_CAPTURED,   /* reached through the closure: by reference or by value */
} VarKind;

typedef struct
{
  VarKind  kind;
  guint    slot;        /* frame slot (FRAME, HEAP) or global index */
  guint    capture;     /* CAPTURED: offset of the capture in the closure object */
  gboolean by_value;
  guint    type;
} VarInfo;

typedef struct
{
  gboolean indirect;
  guint32  opnd;        /* direct: the place; indirect: the place holding the pointer */
  gint64   off;
  guint    type;
} Place;

typedef struct
{
  const char *label;
  GArray     *breaks;     /* pcs to patch */
  GArray     *continues;
  gboolean    is_switch;
  /* A range loop's temporaries, live through its body: a break or continue to a loop
   * around it clears them, as the loop's own exit does. */
  GArray     *live_temps;
} Loop;

/* The slice pass's verdicts and the stack buffers of appends (ml-compile-slice.c). */
typedef struct _SlicePass SlicePass;

/* The inlined copy being compiled (ml-compile-inline.c). */
typedef struct _InlCopy InlCopy;

typedef struct
{
  MlProgram      *prog;
  MlEscapeResult *esc;
  /* The default build's inlining (NULL for -l), the copy whose verdicts apply (0 for a
   * function's own body) and the copy being compiled. */
  MlInlineResult *inl;
  guint           copy;
  InlCopy        *inl_copy;
  /* A call gc inlines that the model could not: the program is then built as -l builds it,
   * since the verdicts after inlining hold only where every such call is inlined. */
  gboolean        inline_refused;
  /* The inlined call the instructions emitted now belong to (MlVmFunc.inl_frames index + 1). */
  guint32         inl_frame;
  /* Inside a copy of a library function inlined into the program's code: the position of
   * the program's call, which its instructions report (line 0 elsewhere). */
  MlPos           pos_pin;
  MlVmProgram    *out;
  GHashTable     *types;       /* MlType* -> id */
  GHashTable     *type_names;  /* name -> id */
  GHashTable     *funcs;       /* MlNode* (FUNC_DECL / FUNC_LIT) -> index + 1 */
  GHashTable     *globals;     /* MlObject* -> index + 1 */
  GHashTable     *closure_types; /* MlFunc* -> closure struct type id */
  GHashTable     *wrappers;    /* name -> index of a function made without source */

  /* The function being compiled. */
  MlFunc         *fn;
  MlVmFunc       *vf;
  GHashTable     *vars;        /* MlObject* -> VarInfo* */
  GPtrArray      *loops;
  MlPos           pos;
  const char     *pending_label;
  GHashTable     *labels;      /* name -> where the label is and the gotos to it, or NULL */
  /* Temporaries of the statement being compiled, and those of earlier ones, dead and free
   * for reuse, as Go's compiler reuses its autotmps. */
  GArray         *stmt_temps;  /* slot indices, or NULL outside a statement */
  GArray         *free_temps;  /* slot indices */
  /* Whether a variable may keep the address of a value this statement keeps on the stack
   * (see _ml_storage_temp()); TRUE outside statements. */
  gboolean        pin_storage;
  /* In a defer's wrapper: the operands the defer statement evaluated (MlNode) and the
   * temporaries that hold them (MlObject). */
  GHashTable     *defer_operands;
  /* Function values of no closure (funcvals), by function index + 1: global index + 1. */
  GHashTable     *funcvals;
  SlicePass      *slices;
  /* Compiling an expression statement's call, whose results nothing reads. */
  gboolean        results_unused;

  /* The first type larger than the model's heap, and where it was first used. */
  char           *too_large_type;
  MlPos           too_large_pos;

  GError         *error;
} Compiler;

/* What _ml_begin_stmt_temps() saves of the statement around. */
typedef struct
{
  GArray   *temps;
  gboolean  pin_storage;
} TempScope;

/* The VM type of id @id. */
static inline MlVmType *
type_info (Compiler *c,
           guint     id)
{
  return ml_vm_program_get_type (c->out, id);
}

static inline Place
direct (guint32 opnd,
        guint   type)
{
  Place p = { FALSE, opnd, 0, type };

  return p;
}

static inline Place
indirect (guint32 ptr,
          gint64  off,
          guint   type)
{
  Place p = { TRUE, ptr, off, type };

  return p;
}

/* Appends an instruction to the function being compiled, at the position being compiled;
 * returns its pc. */
static inline guint
emit (Compiler *c,
      MlVmOp    op,
      guint     w,
      guint32   a,
      guint32   b,
      guint32   cc,
      guint32   aux,
      gint64    imm)
{
  MlVmInsn in = { 0 };
  MlVmPos pos = { c->pos.line, c->pos.col };

  /* In a copy of the standard library's code, the program's call is where the program is. */
  if (G_UNLIKELY (c->pos_pin.line != 0))
    pos = (MlVmPos) { c->pos_pin.line, c->pos_pin.col };

  in.op = op;
  in.w = w;
  in.a = a;
  in.b = b;
  in.c = cc;
  in.aux = aux;
  in.imm = imm;
  g_array_append_val (c->vf->code, in);
  g_array_append_val (c->vf->code_pos, pos);
  if (G_UNLIKELY (c->vf->inl_at != NULL))
    g_array_append_val (c->vf->inl_at, c->inl_frame);
  return c->vf->code->len - 1;
}

/* The instruction at @pc of the function being compiled. */
static inline MlVmInsn *
insn (Compiler *c,
      guint     pc)
{
  return &g_array_index (c->vf->code, MlVmInsn, pc);
}

/* The pc of the next instruction emitted: a jump target. */
static inline guint
here (Compiler *c)
{
  return c->vf->code->len;
}

/* Points the jump at @pc to @target. */
static inline void
patch (Compiler *c,
       guint     pc,
       guint     target)
{
  insn (c, pc)->imm = target;
}

/* The results of a call or built-in: none, or one. */
static inline GArray *
no_results (void)
{
  return g_array_new (FALSE, FALSE, sizeof (Place));
}

static inline GArray *
one_result (Place p)
{
  GArray *a = no_results ();

  g_array_append_val (a, p);
  return a;
}

/* ml-compiler.c: the package level */
void      _ml_unsupported          (Compiler     *c,
                                    MlNode       *n,
                                    const char   *format,
                                    ...) G_GNUC_PRINTF (3, 4);
gboolean  _ml_static_init_globals  (Compiler     *c,
                                    MlNode       *spec);
void      _ml_copy_back_results    (Compiler     *c);

/* ml-compile-image.c */
guint     _ml_add_string           (Compiler     *c,
                                    MlNode       *n,
                                    const char   *bytes,
                                    gsize         len);
void      _ml_check_image          (Compiler     *c);

/* ml-compile-inline.c */
GArray   *_ml_compile_inlined      (Compiler     *c,
                                    MlNode       *n,
                                    MlNode       *decl,
                                    GArray       *args);
char     *_ml_inline_var_name      (Compiler     *c,
                                    const char   *name);
void      _ml_inline_return        (Compiler     *c);
void      _ml_inline_check_call    (Compiler     *c,
                                    MlNode       *n);
guint     _ml_inline_n_results     (Compiler     *c);

/* ml-compile-liveness.c */
void      _ml_compute_liveness     (MlVmProgram  *prog);

/* ml-compile-types.c */
void      _ml_init_types           (Compiler     *c);
guint     _ml_type_id              (Compiler     *c,
                                    MlType       *t);
guint     _ml_basic_type           (Compiler     *c,
                                    MlVmKind      kind);
guint     _ml_word_type            (Compiler     *c,
                                    const char   *name,
                                    MlVmKind      kind);
guint     _ml_pointer_to           (Compiler     *c,
                                    guint         elem);
guint     _ml_array_of             (Compiler     *c,
                                    guint         elem,
                                    guint64       len);
void      _ml_finish_method_sets   (Compiler     *c);
guint     _ml_struct_type          (Compiler     *c,
                                    const char   *name,
                                    guint         n,
                                    const char  **names,
                                    const guint  *types);
guint     _ml_map_header_type      (Compiler     *c);
guint     _ml_map_iter_type        (Compiler     *c);

/* ml-compile-emit.c: operands, temporaries, places and variables */
guint32   _ml_slot_opnd            (Compiler     *c,
                                    guint         slot,
                                    guint64       off);
guint32   _ml_opnd_add             (Compiler     *c,
                                    guint32       o,
                                    guint64       off);
guint32   _ml_temp                 (Compiler     *c,
                                    guint         type);
guint32   _ml_storage_temp         (Compiler     *c,
                                    guint         type);
void      _ml_alloc_storage        (Compiler     *c,
                                    MlNode       *n,
                                    guint         type,
                                    guint32       ptr);
TempScope _ml_begin_stmt_temps     (Compiler     *c,
                                    gboolean      pin_storage);
GArray   *_ml_end_stmt_temps       (Compiler     *c,
                                    TempScope     outer,
                                    gboolean      clear);
void      _ml_release_stmt_temps   (Compiler     *c,
                                    TempScope     outer);
void      _ml_clear_temps          (Compiler     *c,
                                    GArray       *temps);
gboolean  _ml_temps_need_clearing  (Compiler     *c,
                                    GArray       *temps);
void      _ml_emit_move            (Compiler     *c,
                                    guint32       dst,
                                    guint32       src,
                                    guint         type);
guint32   _ml_to_opnd              (Compiler     *c,
                                    Place         p);
void      _ml_store_place          (Compiler     *c,
                                    Place         dst,
                                    guint32       src,
                                    guint         type);
void      _ml_zero_place           (Compiler     *c,
                                    Place         dst);
guint32   _ml_address_of           (Compiler     *c,
                                    Place         p);
Place     _ml_field_place          (Compiler     *c,
                                    Place         base,
                                    guint64       off,
                                    guint         type);
guint32   _ml_const_int            (Compiler     *c,
                                    gint64        v,
                                    guint         type);
VarInfo  *_ml_lookup_var           (Compiler     *c,
                                    MlObject     *o);
gboolean  _ml_var_on_heap          (Compiler     *c,
                                    MlObject     *o);
gboolean  _ml_alloc_on_heap        (Compiler     *c,
                                    MlNode       *n);
VarInfo  *_ml_bind_var             (Compiler     *c,
                                    MlObject     *o,
                                    gboolean      on_heap,
                                    guint         slot);
VarInfo  *_ml_declare_local        (Compiler     *c,
                                    MlObject     *o);
Place     _ml_var_place            (Compiler     *c,
                                    VarInfo      *v);

/* ml-compile-builtin.c */
GArray   *_ml_compile_fmt_full     (Compiler     *c,
                                    MlNode       *n,
                                    MlVmFmtKind   kind,
                                    guint         first,
                                    guint32       format,
                                    guint32      *args_out);

/* ml-compile-errorf.c */
GArray   *_ml_compile_errorf_wrap  (Compiler     *c,
                                    MlNode       *n,
                                    guint         rt);

/* ml-compile-call.c: calls the compiler makes itself */
MlFunc   *_ml_std_func             (Compiler     *c,
                                    const char   *pkg,
                                    const char   *name);
GArray   *_ml_emit_std_call        (Compiler     *c,
                                    MlFunc       *fn,
                                    const guint32 *args,
                                    const guint  *types,
                                    guint         n_args);

/* ml-compile-expr.c */
Place     _ml_compile_expr         (Compiler     *c,
                                    MlNode       *n);
Place     _ml_compile_value        (Compiler     *c,
                                    MlNode       *n,
                                    MlType       *want);
guint32   _ml_compile_shift_count  (Compiler     *c,
                                    MlNode       *y);
Place     _ml_compile_const        (Compiler     *c,
                                    MlNode       *n,
                                    MlType       *type);
Place     _ml_compile_index        (Compiler     *c,
                                    MlNode       *n,
                                    gboolean      for_store);
guint64   _ml_float_const_bits     (const MlConst *k,
                                    guint         size);
gboolean  _ml_is_nil               (MlNode       *n);
MlVmOp    _ml_binop_code           (guint         tok);
guint     _ml_arith_flags          (MlVmType     *t);
guint32   _ml_emit_arith           (Compiler     *c,
                                    MlVmOp        op,
                                    guint32       x,
                                    guint32       y,
                                    guint         type);
guint32   _ml_emit_binary          (Compiler     *c,
                                    guint         op,
                                    guint32       x,
                                    guint32       y,
                                    guint         type,
                                    guint         result_type);

/* ml-compile-call.c */
GArray   *_ml_compile_call         (Compiler     *c,
                                    MlNode       *n);
Place     _ml_compile_func_lit     (Compiler     *c,
                                    MlNode       *n);
Place     _ml_compile_method_value (Compiler     *c,
                                    MlNode       *n);
void      _ml_plan_closure         (Compiler     *c,
                                    MlFunc       *fn);

/* ml-compile-builtin.c */
GArray   *_ml_compile_builtin      (Compiler     *c,
                                    MlNode       *n,
                                    MlBuiltin     b);
guint32   _ml_make_map             (Compiler     *c,
                                    MlNode       *n,
                                    guint         t,
                                    MlNode       *hint,
                                    gint64        entries);
Place     _ml_compile_conversion   (Compiler     *c,
                                    MlNode       *n);

/* ml-compile-slice.c: stack buffers of append and make, and the slice pass */
void      _ml_slice_begin_func     (Compiler     *c,
                                    MlNode       *body);
void      _ml_slice_end_func       (Compiler     *c);
void      _ml_slice_move_to_heap   (Compiler     *c,
                                    MlNode       *stmt);
guint32   _ml_stack_buffer         (Compiler     *c,
                                    guint         type,
                                    gboolean      pinned);
guint     _ml_append_buffer        (Compiler     *c,
                                    MlNode       *call,
                                    guint         et,
                                    guint32      *buf,
                                    guint32      *used);

/* ml-compile-types.c: promoted methods */
guint     _ml_promoted_wrapper     (Compiler          *c,
                                    MlType            *t,
                                    const MlSelection *sel,
                                    const char        *name,
                                    gboolean           by_pointer);

/* ml-compile-iface.c */
guint     _ml_itab_symbol          (Compiler     *c,
                                    guint         type,
                                    guint         iface);
void      _ml_emit_box             (Compiler     *c,
                                    guint32       dst,
                                    guint32       src,
                                    guint         from,
                                    guint         to,
                                    guint         w);
Place     _ml_convert_iface        (Compiler     *c,
                                    Place         v,
                                    guint         to);
Place     _ml_convert_iface_at     (Compiler     *c,
                                    Place         v,
                                    guint         to,
                                    MlNode       *site);
Place     _ml_compile_type_assert  (Compiler     *c,
                                    MlNode       *n,
                                    guint32       ok);
Place     _ml_compile_func_value   (Compiler     *c,
                                    MlNode       *n);
Place     _ml_compile_method_expr  (Compiler     *c,
                                    MlNode       *n);
Place     _ml_compile_iface_method_value (Compiler *c,
                                          MlNode   *n);
guint     _ml_errorstring_type     (Compiler     *c,
                                    guint         error_type);

/* ml-compile-stmt.c */
void      _ml_compile_stmt         (Compiler     *c,
                                    MlNode       *n);
void      _ml_compile_block_list   (Compiler     *c,
                                    MlNodeList   *list);
void      _ml_stmt_mark            (Compiler     *c,
                                    MlNode       *n);
Place     _ml_lvalue               (Compiler     *c,
                                    MlNode       *n);

/* ml-compile-rterror.c: the methods of the runtime's error types */
void      _ml_add_runtime_error_methods (Compiler *c);

/* ml-compile-defer.c: deferred calls, panics and recover */
void      _ml_init_runtime_types   (Compiler     *c);
void      _ml_add_gopanic          (Compiler     *c);
guint32   _ml_funcval              (Compiler     *c,
                                    guint         fi);
void      _ml_plan_defers          (Compiler     *c,
                                    MlFunc       *fn);
void      _ml_compile_defer        (Compiler     *c,
                                    MlNode       *n);
void      _ml_compile_deferreturn  (Compiler     *c);
void      _ml_compile_wrapper_body (Compiler     *c,
                                    MlFunc       *fn);
gboolean  _ml_defer_operand        (Compiler     *c,
                                    MlNode       *n,
                                    Place        *out);

/* ml-compile-complex.c: complex numbers */
gboolean  _ml_is_complex_type      (Compiler     *c,
                                    guint         type);
void      _ml_complex_const        (Compiler     *c,
                                    guint32       dst,
                                    guint         type,
                                    const MlConst *k);
guint32   _ml_complex_convert      (Compiler     *c,
                                    guint32       x,
                                    guint         from,
                                    guint         to);
guint32   _ml_complex_add_real     (Compiler     *c,
                                    guint32       x,
                                    guint         type,
                                    gint64        d);
guint32   _ml_complex_neg          (Compiler     *c,
                                    guint32       x,
                                    guint         type);
guint32   _ml_complex_binary       (Compiler     *c,
                                    MlVmOp        op,
                                    guint32       x,
                                    guint32       y,
                                    guint         type,
                                    guint         result_type);
Place     _ml_compile_complex_builtin (Compiler  *c,
                                       MlNode    *n,
                                       MlBuiltin  b);

/* ml-compile-flow.c: control flow */
void      _ml_compile_flow         (Compiler     *c,
                                    MlNode       *n);
void      _ml_compile_label        (Compiler     *c,
                                    MlNode       *n);
void      _ml_end_labels           (Compiler     *c);

G_END_DECLS
