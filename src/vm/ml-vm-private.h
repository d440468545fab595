/* ml-vm-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ml-runtime.h"
#include "ml-vm-op-private.h"
#include "ml-vm.h"

G_BEGIN_DECLS

/* Driver registers kept in sim's history (ml_runtime_set_register). */
enum
{
  ML_VM_REG_PC,         /* pc | function index << 32 */
  ML_VM_REG_OUTPUT,
  ML_VM_REG_STATUS,
  ML_VM_REG_GC_UNITS,   /* collector units a "//memlab:gc steps N" has run so far */
  ML_VM_REG_GC_HELD,    /* 1 after "gc step(s)": background units wait for the next directive */
  ML_VM_N_REGS
};

typedef struct
{
  guint func;
  guint ret_pc;
  guint call_site;
} MlVmCall;

/* The results of String()/Error() methods fmt has called for the operands of the fmt
 * instruction at (func, pc) running at call depth @depth; @pending is the operand whose
 * method is running. */
typedef struct
{
  guint      depth;
  guint      func;
  guint      pc;
  guint      pending;
  GPtrArray *strings;
} MlVmFmtCache;

typedef enum
{
  ML_VM_STATUS_READY,
  ML_VM_STATUS_EXITED,
  ML_VM_STATUS_PANICKED,
  ML_VM_STATUS_LIMIT,
} MlVmStatus;

struct _MlVm
{
  MlVmProgram    *prog;
  MlRuntime      *rt;
  MlRtypeRegistry *types;
  GHashTable     *type_by_addr;   /* type descriptor address -> MlVmType* */
  GHashTable     *func_by_text;   /* text address -> function index + 1 */

  /* Where the VM is. */
  guint           func;
  MlVmFunc       *f;
  const MlVmInsn *code;
  guint           pc;
  guint64         fp;
  GArray         *calls;          /* MlVmCall: the callers */
  MlVmStatus      status;
  gboolean        started;
  guint64         statements;
  guint64         first_step;
  guint64         regs[ML_VM_N_REGS];   /* what sim's registers hold */
  GPtrArray      *fmt_caches;           /* MlVmFmtCache*, innermost last */
  GPtrArray      *fmt_overrides;        /* while formatting: operand i's method text or NULL */
  gboolean        allocated;      /* an allocation happened in this step */
  gboolean        gc_unit_ran;    /* a directive's collector unit ran in this step */

  GString        *output;      /* what the program has printed, as of the current step */
  GString        *output_ahead; /* what it printed in the steps after it, for stepping forward */
  MlVmOutputFunc  output_func;
  gpointer        output_data;
  char           *panic_message;
  char           *limit_message;

  guint64         step_limit;
  guint64         memory_limit;
  guint64         alloc_count;
};

/* ml-vm-fmt.c */
void     ml_vm_fmt             (MlVm        *vm,
                                GString     *out,
                                MlVmFmtKind  kind,
                                guint64      args,
                                guint        n_args,
                                const char  *format,
                                gsize        format_len);
void     ml_vm_fmt_value       (MlVm        *vm,
                                GString     *out,
                                const MlVmType *type,
                                guint64      addr,
                                char         verb,
                                gboolean     plus,
                                gboolean     sharp,
                                guint        depth);
MlVmType *ml_vm_type_at        (MlVm        *vm,
                                guint64      type_addr);
guint64  ml_vm_read            (MlVm        *vm,
                                guint64      addr,
                                guint        width);
char    *ml_vm_read_string     (MlVm        *vm,
                                guint64      addr,
                                gsize       *len);

G_END_DECLS
