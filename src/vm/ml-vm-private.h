/* ml-vm-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the VM's files share: the MlVm structure, the helpers the dispatch loop inlines
 * (operand addresses, reads and writes of simulated memory, sign and float conversions,
 * the memory budget's check), and the functions one file calls in another.  The loop
 * itself is in ml-vm.c; loading, calls, panics, values, maps, built-ins, fmt and the
 * history of the VM's own state each have a file.  Like them, this header sees sim's
 * headers and the neutral ml-vm-program.h, never the front end's.
 */

#pragma once

#include <string.h>

#include "ml-runtime.h"
#include "ml-vm-op-private.h"
#include "ml-vm.h"

G_BEGIN_DECLS

typedef struct _MlVmCallNode MlVmCallNode;

/* Driver registers kept in sim's history (ml_runtime_set_register). */
enum
{
  ML_VM_REG_PC,         /* pc | function index << 32 */
  ML_VM_REG_OUTPUT,
  ML_VM_REG_STATUS,
  ML_VM_REG_GC_UNITS,   /* collector units a "//memlab:gc steps N" has run so far */
  ML_VM_REG_GC_HELD,    /* 1 after "gc step(s)": background units wait for the next directive */
  ML_VM_REG_SIG,        /* gp.sig: the pc of a nil dereference whose panic is not recovered */
  ML_VM_REG_SIGADDR,    /* gp.sigcode1: the address that dereference faulted at */
  ML_VM_N_REGS
};

/* The call_site of an MlVmCall that no call site of the caller made: a String()/Error()
 * method fmt called, a deferred call (DEFERRETURN or PANICNEXT comes back to itself), the
 * frame of runtime.gopanic. */
#define ML_VM_CALL_FMT      G_MAXUINT
#define ML_VM_CALL_DEFERRED (G_MAXUINT - 1)
#define ML_VM_CALL_PANIC    (G_MAXUINT - 2)

/* runtime._panic (Go 1.27's runtime2.go), which ml-compile-defer.c lays out the same way. */
#define ML_PANIC_ARG        0
#define ML_PANIC_LINK       16
#define ML_PANIC_START_PC   24
#define ML_PANIC_START_SP   32
#define ML_PANIC_PC         40
#define ML_PANIC_SP         48
#define ML_PANIC_FP         56
#define ML_PANIC_RETPC      64
#define ML_PANIC_DEFERBITS  72
#define ML_PANIC_SLOTS      80
#define ML_PANIC_RECOVERED  88
#define ML_PANIC_REPANICKED 89

typedef struct
{
  guint func;
  guint ret_pc;
  guint call_site;      /* G_MAXUINT: a String()/Error() method fmt called */
} MlVmCall;

/* The results of the String()/Error() methods the fmt instruction at (func, pc) running at
 * call depth @depth has called, in the order it meets them; @pending is the one running. */
typedef struct
{
  guint      depth;
  guint      func;
  guint      pc;
  guint      pending;
  GPtrArray *strings;
} MlVmFmtCache;

/* Which bound of a slice expression is out of range, as Go's runtime names them (boundsError):
 * x is the bound, y what it exceeds. */
typedef enum
{
  ML_VM_BOUNDS_SLICE_ALEN,      /* s[:x] with x > len(s), s a string */
  ML_VM_BOUNDS_SLICE_ACAP,      /* s[:x] with x > cap(s) */
  ML_VM_BOUNDS_SLICE_B,         /* s[x:y] with x > y */
  ML_VM_BOUNDS_SLICE3_ACAP,     /* s[::x] with x > cap(s) */
  ML_VM_BOUNDS_SLICE3_B,        /* s[:x:y] with x > y */
  ML_VM_BOUNDS_SLICE3_C,        /* s[x:y:] with x > y */
} MlVmBounds;

typedef enum
{
  ML_VM_STATUS_READY,
  ML_VM_STATUS_EXITED,
  ML_VM_STATUS_PANICKED,
  ML_VM_STATUS_LIMIT,
  ML_VM_STATUS_FAULTED,         /* a model check failed: nothing may run or read the model */
} MlVmStatus;

struct _MlVm
{
  MlVmProgram    *prog;
  MlRuntime      *rt;
  MlRtypeRegistry *types;
  GHashTable     *type_by_addr;   /* type descriptor address -> MlVmType* */
  GHashTable     *func_by_text;   /* text address -> function index + 1 */
  GHashTable     *func_by_layout; /* frame layout id + 1 -> function index + 1 */
  GHashTable     *itabs;          /* interface id << 32 | type id -> itab address */
  guint64         static_uint64s; /* runtime.staticuint64s: what small boxed integers point at */
  /* runtime.zeroVal: what an empty string or a nil slice boxed into an interface points at. */
  guint64         zero_val;

  /* Where the VM is. */
  guint           func;
  MlVmFunc       *f;
  const MlVmInsn *code;
  guint           pc;
  guint64         fp;
  GArray         *calls;          /* MlVmCall: the callers */
  /* History's copy of the callers (ml-vm-state.c): the chain last saved, and how many of the
   * bottom callers are still as it has them. */
  MlVmCallNode   *saved_calls;
  guint           calls_clean;
  MlVmStatus      status;
  gboolean        started;
  guint64         statements;
  guint64         first_step;
  guint64         regs[ML_VM_N_REGS];   /* what sim's registers hold */
  GPtrArray      *fmt_caches;           /* MlVmFmtCache*, innermost last */
  /* While a fmt instruction formats (ml-vm-fmt-methods.c): its results so far, whether it
   * calls methods, the next method's number, the method it asks for (function index + 1)
   * with its receiver, how deep it is in unexported fields, and whether it prints a bad
   * verb's operand (fmt's erroring, when no method is called). */
  MlVmFmtCache   *fmt_cache;
  gboolean        fmt_active;
  guint           fmt_seq;
  guint           fmt_call_func;
  guint64         fmt_call_recv;
  gboolean        fmt_call_nil;
  guint           fmt_ro;
  gboolean        fmt_erroring;
  /* The dynamic type an == of interfaces found it cannot compare (the instruction panics). */
  MlVmType       *uncomparable;
  gboolean        allocated;      /* an allocation happened in this step */
  gboolean        gc_unit_ran;    /* a directive's collector unit ran in this step */

  GString        *output;      /* what the program has printed, as of the current step */
  GString        *output_ahead; /* what it printed in the steps after it, for stepping forward */
  MlVmOutputFunc  output_func;
  gpointer        output_data;
  char           *panic_message;
  char           *limit_message;
  MlVmLimit       limit;

  guint64         step_limit;
  guint64         memory_limit;
  /* The step at which the fault injection hook fails the model check (G_MAXUINT64: never),
   * and what ended the run when a check failed (ml-vm-fault.c). */
  guint64         fault_step;
  MlVmFault       fault;
  guint64         time_limit;     /* microseconds of the model's work; 0 for none */
  guint64         history_limit;  /* bytes of MemLab's history of the run; 0 for none */
  /* What the budgets count (ml-vm-budget.c): sim's bytes written when the program started,
   * the model's work in the earlier calls to ml_vm_step() and when this one began, the
   * checks since start and sim's bytes written when the clock was last read, and whether
   * an allocation was refused for the history's sake. */
  guint64         first_bytes;
  guint64         time_used;
  gint64          clock_start;
  guint64         clock_checks;
  guint64         clock_bytes;
  gboolean        history_hit;
};

/* ------------------------------------------------------------------------------------------ */
/* The files' functions */

/* ml-vm-load.c */
void      _ml_vm_load              (MlVm           *vm);

/* ml-vm.c */
MlVmEvent _ml_vm_limit             (MlVm           *vm,
                                    MlVmLimit       limit,
                                    char           *message);

/* ml-vm-fault.c */
MlVmEvent _ml_vm_fault             (MlVm           *vm,
                                    const MlModelFault *check);
/* ml-vm-budget.c */
void      _ml_vm_clock_start       (MlVm           *vm);
void      _ml_vm_clock_stop        (MlVm           *vm);
gboolean  _ml_vm_history_allows    (MlVm           *vm,
                                    guint64         bytes);
MlVmEvent _ml_vm_memory_limit      (MlVm           *vm);
MlVmEvent _ml_vm_check_budgets     (MlVm           *vm);
void      _ml_vm_keep_output       (MlVm           *vm,
                                    const char     *text,
                                    gsize           len);

/* ml-vm-stackmap.c */
void      _ml_vm_stackmap_load     (MlVmProgram    *prog,
                                    MlVmFunc       *f);
void      _ml_vm_stackmap_connect  (MlVm           *vm);

/* ml-vm-state.c */
void      _ml_vm_connect_history   (MlVm           *vm);
void      _ml_vm_fmt_cache_free    (gpointer        data);
void      _ml_vm_call_node_unref   (MlVmCallNode   *node);

/* ml-vm-call.c */
MlVmEvent _ml_vm_call              (MlVm           *vm,
                                    guint           callee,
                                    const MlVmCallSite *cs,
                                    guint           cs_index,
                                    guint64         closure,
                                    guint64         recv);
MlVmEvent _ml_vm_return            (MlVm           *vm);

/* ml-vm-defer.c */
MlVmEvent _ml_vm_defer             (MlVm           *vm,
                                    const MlVmInsn *in);
MlVmEvent _ml_vm_deferreturn       (MlVm           *vm,
                                    gboolean       *called);
MlVmEvent _ml_vm_gopanic           (MlVm           *vm,
                                    guint64         type_word,
                                    guint64         data_word);
MlVmEvent _ml_vm_panic_next        (MlVm           *vm,
                                    gboolean       *called);
void      _ml_vm_recover           (MlVm           *vm,
                                    guint64         dst);
MlVmEvent _ml_vm_call_closure      (MlVm           *vm,
                                    guint64         closure,
                                    const MlVmCallSite *cs,
                                    guint           cs_index);
MlVmFunc *_ml_vm_frame_func        (MlVm           *vm,
                                    guint64         base);

/* ml-vm-runtime-error.c */
void      _ml_vm_runtime_error     (MlVm           *vm,
                                    const char     *message,
                                    guint64        *type_word,
                                    guint64        *data_word);
void      _ml_vm_bounds_error      (MlVm           *vm,
                                    guint           code,
                                    gint64          x,
                                    gint64          y,
                                    guint64        *type_word,
                                    guint64        *data_word);
void      _ml_vm_runtime_error_method (MlVm         *vm,
                                    const MlVmInsn *in);
gboolean  _ml_vm_runtime_error_text (MlVm          *vm,
                                    const MlVmType *t,
                                    guint64         addr,
                                    GString        *out);

/* ml-vm-panic.c */
MlVmEvent _ml_vm_panic             (MlVm           *vm,
                                    const char     *message,
                                    gboolean        sigsegv);
char     *_ml_vm_panic_value_text  (MlVm           *vm,
                                    guint64         iface,
                                    const char     *method_text);
gboolean  _ml_vm_panic_caught      (MlVm           *vm,
                                    guint64         iface);
MlVmEvent _ml_vm_fatal_panic       (MlVm           *vm);
MlVmEvent _ml_vm_slice_panic       (MlVm           *vm,
                                    MlVmBounds      bounds,
                                    gint64          x,
                                    gint64          y);
MlVmEvent _ml_vm_stack_overflow    (MlVm           *vm);
MlVmEvent _ml_vm_panic_print_failed (MlVm          *vm,
                                     const char    *text);
char     *_ml_vm_with_thousands    (guint64         n);

/* ml-vm-value.c */
void      _ml_vm_copy_value        (MlVm           *vm,
                                    guint64         dst,
                                    guint64         src,
                                    const MlVmType *t);
void      _ml_vm_zero_value        (MlVm           *vm,
                                    guint64         dst,
                                    const MlVmType *t);
gboolean  _ml_vm_strings_equal     (MlVm           *vm,
                                    guint64         a,
                                    guint64         b);
gboolean  _ml_vm_values_equal      (MlVm           *vm,
                                    const MlVmType *t,
                                    guint64         a,
                                    guint64         b);
char     *ml_vm_read_string        (MlVm           *vm,
                                    guint64         addr,
                                    gsize          *len);
MlVmType *ml_vm_type_at            (MlVm           *vm,
                                    guint64         type_addr);

/* ml-vm-iface.c */
MlVmType *_ml_vm_dynamic_type      (MlVm           *vm,
                                    const MlVmType *it,
                                    guint64         addr);
guint64   _ml_vm_data_address      (MlVm           *vm,
                                    const MlVmType *dt,
                                    guint64         data_word);
guint64   _ml_vm_getitab           (MlVm           *vm,
                                    const MlVmType *iface,
                                    const MlVmType *dt,
                                    const char    **missing);
void      _ml_vm_load_symbols      (MlVm           *vm);
gboolean  _ml_vm_type_comparable   (MlVm           *vm,
                                    const MlVmType *t);
MlVmType *_ml_vm_unhashable        (MlVm           *vm,
                                    const MlVmType *t,
                                    guint64         addr);
MlVmEvent _ml_vm_check_map_key     (MlVm           *vm,
                                    const MlVmType *mt,
                                    guint64         key);
void      _ml_vm_convert_iface     (MlVm           *vm,
                                    const MlVmInsn *in);
void      _ml_vm_as_target         (MlVm           *vm,
                                    const MlVmInsn *in);

/* ml-vm-swapper.c */
void      _ml_vm_any_slice         (MlVm           *vm,
                                    const MlVmInsn *in);
MlVmEvent _ml_vm_type_assert       (MlVm           *vm,
                                    const MlVmInsn *in);
MlVmEvent _ml_vm_call_iface        (MlVm           *vm,
                                    guint64         iv,
                                    guint           slot,
                                    const MlVmCallSite *cs,
                                    guint           cs_index);
MlVmEvent _ml_vm_call_promoted     (MlVm           *vm,
                                    const MlVmFunc *cf,
                                    const MlVmCallSite *cs,
                                    guint           cs_index,
                                    guint64         recv);
MlVmEvent _ml_vm_call_wrapper      (MlVm           *vm,
                                    const MlVmFunc *cf,
                                    guint64         closure,
                                    const MlVmCallSite *cs,
                                    guint           cs_index);

/* ml-vm-map.c */
MlVmEvent _ml_vm_map_make          (MlVm           *vm,
                                    const MlVmInsn *in);
MlVmEvent _ml_vm_map_get           (MlVm           *vm,
                                    const MlVmInsn *in);
MlVmEvent _ml_vm_map_set           (MlVm           *vm,
                                    const MlVmInsn *in);
MlVmEvent _ml_vm_map_delete        (MlVm           *vm,
                                    const MlVmInsn *in);
void      _ml_vm_map_clear         (MlVm           *vm,
                                    const MlVmInsn *in);
void      _ml_vm_map_iter          (MlVm           *vm,
                                    const MlVmInsn *in);

/* ml-vm-builtin.c */
gboolean  _ml_vm_grow              (MlVm           *vm,
                                    const MlVmInsn *in,
                                    guint64         s,
                                    guint64         dst,
                                    guint64         n,
                                    guint64        *out_ptr,
                                    guint64        *out_len);
gboolean  _ml_vm_move_to_heap      (MlVm           *vm,
                                    const MlVmInsn *in);
void      _ml_vm_move_elems        (MlVm           *vm,
                                    guint64         dst,
                                    guint64         src,
                                    guint64         n,
                                    const MlVmType *et);
void      _ml_vm_fill_memstats     (MlVm           *vm,
                                    guint64         dst,
                                    const MlVmType *t);

/* ml-vm-fmt-methods.c; the printer is ml-vm-fmt.c's (ml-vm-fmt-private.h). */
typedef struct _MlVmPrinter MlVmPrinter;

gboolean  _ml_vm_fmt_handle_methods (MlVm          *vm,
                                     MlVmPrinter   *p,
                                     const MlVmType *t,
                                     guint64        addr,
                                     char           verb,
                                     gboolean       go_string,
                                     guint          depth);
gboolean  _ml_vm_fmt_is_error      (MlVm           *vm,
                                    const MlVmType *t);
void      _ml_vm_fmt_begin         (MlVm           *vm,
                                    gboolean        methods);
MlVmEvent _ml_vm_fmt_end           (MlVm           *vm);
gboolean  _ml_vm_fmt_catcher_is_panic (MlVm        *vm);
gboolean  _ml_vm_fmt_catch_panic   (MlVm           *vm,
                                    const char     *text);
MlVmEvent _ml_vm_panic_methods     (MlVm           *vm,
                                    const guint64  *ifaces,
                                    guint           n,
                                    char          **texts);

/* ml-vm-fmtsort.c */
GArray   *_ml_vm_fmt_map_entries   (MlVm           *vm,
                                    const MlVmType *mt,
                                    guint64         m);

/* ml-vm-complex.c */
void      _ml_vm_complex_div       (MlVm           *vm,
                                    guint64         dst,
                                    guint64         n,
                                    guint64         m);

/* ml-vm-convert.c */
void      _ml_vm_strconv_float     (MlVm           *vm,
                                    const MlVmInsn *in);
guint64   _ml_vm_new_string        (MlVm           *vm,
                                    const char     *bytes,
                                    gsize           len);
void      _ml_vm_write_string      (MlVm           *vm,
                                    guint64         dst,
                                    guint64         ptr,
                                    guint64         len);
gboolean  _ml_vm_str_to_bytes      (MlVm           *vm,
                                    const MlVmInsn *in);
gboolean  _ml_vm_str_to_runes      (MlVm           *vm,
                                    const MlVmInsn *in);
gboolean  _ml_vm_bytes_to_str      (MlVm           *vm,
                                    const MlVmInsn *in);
gboolean  _ml_vm_runes_to_str      (MlVm           *vm,
                                    const MlVmInsn *in);
gboolean  _ml_vm_rune_to_str       (MlVm           *vm,
                                    const MlVmInsn *in);

/* ml-vm-fmt.c */
void      ml_vm_fmt                (MlVm           *vm,
                                    GString        *out,
                                    MlVmFmtKind     kind,
                                    guint64         args,
                                    guint           n_args,
                                    const char     *format,
                                    gsize           format_len);
void      ml_vm_fmt_value          (MlVm           *vm,
                                    GString        *out,
                                    const MlVmType *type,
                                    guint64         addr,
                                    char            verb,
                                    gboolean        plus,
                                    gboolean        sharp,
                                    guint           depth);

/* ------------------------------------------------------------------------------------------ */
/* What the loop inlines */

/* The address of the loaded operand @o: absolute (0x80000000 | addr), or a frame offset. */
static inline guint64
opnd_addr (MlVm    *vm,
           guint32  o)
{
  return (o & 0x80000000u) ? (guint64) (o & 0x7fffffffu) : vm->fp + o;
}

/* The @width bytes (at most 8) at @addr, as an integer. */
static inline guint64
mem_read (MlVm    *vm,
          guint64  addr,
          guint    width)
{
  guint64 v = 0;

  if (width == 8 && (addr & 7) == 0)
    ml_runtime_read_word (vm->rt, addr, &v);
  else
    ml_runtime_read (vm->rt, addr, &v, MIN (width, 8));
  return v;
}

/* Writes the low @w bytes of @v at @addr; a plain write, not a pointer's (see
 * ml_runtime_write_pointer() for the write barrier). */
static inline void
mem_write (MlVm    *vm,
           guint64  addr,
           guint    w,
           guint64  v)
{
  if (w == 8 && (addr & 7) == 0)
    ml_runtime_write_word (vm->rt, addr, v);
  else
    ml_runtime_write (vm->rt, addr, &v, w);
}

/* The signed integer of width @w in the low bytes of @v. */
static inline gint64
sign_extend (guint64 v,
             guint   w)
{
  switch (w)
    {
    case 1: return (gint8) v;
    case 2: return (gint16) v;
    case 4: return (gint32) v;
    default: return (gint64) v;
    }
}

/* The unsigned integer of width @w in the low bytes of @v. */
static inline guint64
zero_extend (guint64 v,
             guint   w)
{
  return w >= 8 ? v : v & ((G_GUINT64_CONSTANT (1) << (w * 8)) - 1);
}

/* The float32 (@w 4) or float64 whose bits are @v. */
static inline double
float_from_bits (guint64 v,
                 guint   w)
{
  if (w == 4)
    {
      float f;
      guint32 b = (guint32) v;

      memcpy (&f, &b, 4);
      return f;
    }
  {
    double d;

    memcpy (&d, &v, 8);
    return d;
  }
}

/* The bits of @d as a float32 (@w 4) or float64. */
static inline guint64
float_to_bits (double d,
               guint  w)
{
  if (w == 4)
    {
      float f = (float) d;
      guint32 b;

      memcpy (&b, &f, 4);
      return b;
    }
  {
    guint64 b;

    memcpy (&b, &d, 8);
    return b;
  }
}

/* The type of id @id. */
static inline MlVmType *
vm_type (MlVm  *vm,
         guint  id)
{
  return g_ptr_array_index (vm->prog->types, id);
}

static inline void
set_position (MlVm  *vm,
              guint  func,
              guint  pc)
{
  vm->func = func;
  vm->f = g_ptr_array_index (vm->prog->funcs, func);
  vm->code = (const MlVmInsn *) vm->f->code->data;
  vm->pc = pc;
}

/* Sets the driver register @index, which history keeps. */
static inline void
set_reg (MlVm    *vm,
         guint    index,
         guint64  value)
{
  /* Each register write is a journal entry: only changes are written. */
  if (vm->regs[index] != value)
    {
      vm->regs[index] = value;
      ml_runtime_set_register (vm->rt, index, value);
    }
}

/* Whether the heap is within the memory budget, checked every 512 allocations. */
static inline gboolean
check_memory (MlVm *vm)
{
  return ml_runtime_get_heap_in_use (vm->rt) <= vm->memory_limit;
}

/* Whether @bytes more would still fit the memory budget: asked before an allocation whose
 * size the program chose (a concatenation, a conversion), so that it never happens. */
static inline gboolean
memory_allows (MlVm    *vm,
               guint64  bytes)
{
  guint64 in_use = ml_runtime_get_heap_in_use (vm->rt);

  return bytes <= vm->memory_limit && in_use <= vm->memory_limit - bytes
         && _ml_vm_history_allows (vm, bytes);
}

/* Compares the strings whose headers are at @a and @b, as Go orders strings: bytewise. */
static inline int
strings_compare (MlVm    *vm,
                 guint64  a,
                 guint64  b)
{
  gsize la, lb;
  g_autofree char *sa = ml_vm_read_string (vm, a, &la);
  g_autofree char *sb = ml_vm_read_string (vm, b, &lb);
  int r = memcmp (sa, sb, MIN (la, lb));

  if (r != 0)
    return r;
  return la < lb ? -1 : la > lb ? 1 : 0;
}

/* A load or a store at @offset from a nil pointer: the signal's address is the offset, as
 * the hardware reports the fault of Go's instruction that reads or writes the field.  Every
 * other nil dereference is Go's explicit nil check, at address 0. */
static inline MlVmEvent
panic_nil_at (MlVm    *vm,
              guint64  offset)
{
  set_reg (vm, ML_VM_REG_SIGADDR, offset);
  return _ml_vm_panic (vm, "runtime error: invalid memory address or nil pointer dereference",
                       TRUE);
}

static inline MlVmEvent
panic_nil (MlVm *vm)
{
  set_reg (vm, ML_VM_REG_SIGADDR, 0);
  return _ml_vm_panic (vm, "runtime error: invalid memory address or nil pointer dereference",
                       TRUE);
}

/* An index out of range: a runtime.boundsError (boundsIndex) on the heap. */
static inline MlVmEvent
panic_index (MlVm   *vm,
             gint64  i,
             gint64  len)
{
  guint64 tw, dw;

  _ml_vm_bounds_error (vm, 0, i, len, &tw, &dw);
  return _ml_vm_gopanic (vm, tw, dw);
}

/* The rune UTF-8 encodes at @s (@n bytes there), its length in @size: U+FFFD and 1 for
 * anything invalid, as Go's range over a string decodes. */
static inline gint32
decode_rune (const guint8 *s,
             gsize         n,
             guint        *size)
{
  gunichar c;

  *size = 1;
  if (n == 0)
    return 0xfffd;
  if (s[0] < 0x80)
    return s[0];
  c = g_utf8_get_char_validated ((const char *) s, n);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    return 0xfffd;
  *size = g_utf8_next_char ((const char *) s) - (const char *) s;
  return c;
}

/* The callers from @index up are no longer what history last saved (a return, or a change
 * to a caller's return position): the next save writes them again (ml-vm-state.c). */
static inline void
_ml_vm_calls_changed (MlVm  *vm,
                      guint  index)
{
  vm->calls_clean = MIN (vm->calls_clean, index);
}

G_END_DECLS
