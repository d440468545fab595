/* ml-vm-program.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compiled program: bytecode, frame slots, globals, string literals and type descriptors,
 * described without reference to either the front end (src/lang) or the runtime model
 * (src/sim).  The compiler (ml-compiler.c and its ml-compile-*.c) fills it from a checked
 * MlProgram; the loader (ml-vm-load.c) turns it into sim types, frame layouts and globals and
 * resolves every operand to a frame offset or an absolute address, so the VM's loop never
 * looks anything up.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Kinds of values, in the same order as sim's MlKind so that the loader maps them 1:1. */
typedef enum
{
  ML_VM_KIND_INVALID,
  ML_VM_KIND_BOOL,
  ML_VM_KIND_INT,
  ML_VM_KIND_INT8,
  ML_VM_KIND_INT16,
  ML_VM_KIND_INT32,
  ML_VM_KIND_INT64,
  ML_VM_KIND_UINT,
  ML_VM_KIND_UINT8,
  ML_VM_KIND_UINT16,
  ML_VM_KIND_UINT32,
  ML_VM_KIND_UINT64,
  ML_VM_KIND_UINTPTR,
  ML_VM_KIND_FLOAT32,
  ML_VM_KIND_FLOAT64,
  ML_VM_KIND_COMPLEX64,
  ML_VM_KIND_COMPLEX128,
  ML_VM_KIND_STRING,
  ML_VM_KIND_UNSAFE_POINTER,
  ML_VM_KIND_POINTER,
  ML_VM_KIND_SLICE,
  ML_VM_KIND_ARRAY,
  ML_VM_KIND_STRUCT,
  ML_VM_KIND_MAP,
  ML_VM_KIND_CHAN,
  ML_VM_KIND_FUNC,
  ML_VM_KIND_INTERFACE,
} MlVmKind;

/* Named groups of kinds for switch statements.  A switch writes "ML_VM_KIND_CASES_FLOAT:"
 * where it would list the float kinds one by one; every enumerator still appears, so
 * -Wswitch-enum keeps telling us where a new kind is not handled. */
#define ML_VM_KIND_CASES_SIGNED \
  case ML_VM_KIND_INT: case ML_VM_KIND_INT8: case ML_VM_KIND_INT16: case ML_VM_KIND_INT32: \
  case ML_VM_KIND_INT64
#define ML_VM_KIND_CASES_UNSIGNED \
  case ML_VM_KIND_UINT: case ML_VM_KIND_UINT8: case ML_VM_KIND_UINT16: case ML_VM_KIND_UINT32: \
  case ML_VM_KIND_UINT64: case ML_VM_KIND_UINTPTR
#define ML_VM_KIND_CASES_FLOAT \
  case ML_VM_KIND_FLOAT32: case ML_VM_KIND_FLOAT64
#define ML_VM_KIND_CASES_COMPLEX \
  case ML_VM_KIND_COMPLEX64: case ML_VM_KIND_COMPLEX128
/* Every number: the integers, the floats and the complex numbers. */
#define ML_VM_KIND_CASES_NUMBER \
  ML_VM_KIND_CASES_SIGNED: ML_VM_KIND_CASES_UNSIGNED: ML_VM_KIND_CASES_FLOAT: \
  ML_VM_KIND_CASES_COMPLEX
/* A value that is one pointer word (see ml_vm_kind_is_pointer_word()). */
#define ML_VM_KIND_CASES_POINTER_WORD \
  case ML_VM_KIND_POINTER: case ML_VM_KIND_MAP: case ML_VM_KIND_CHAN: case ML_VM_KIND_FUNC: \
  case ML_VM_KIND_UNSAFE_POINTER

static inline gboolean
ml_vm_kind_is_signed (MlVmKind kind)
{
  return kind >= ML_VM_KIND_INT && kind <= ML_VM_KIND_INT64;
}

static inline gboolean
ml_vm_kind_is_unsigned (MlVmKind kind)
{
  return kind >= ML_VM_KIND_UINT && kind <= ML_VM_KIND_UINTPTR;
}

static inline gboolean
ml_vm_kind_is_float (MlVmKind kind)
{
  return kind == ML_VM_KIND_FLOAT32 || kind == ML_VM_KIND_FLOAT64;
}

/* Whether a value of @kind is one word holding a pointer: what the write barrier guards, what
 * an interface holds in its data word itself rather than pointing at a copy (Go's
 * "direct interface" types), what the VM moves with MOVP. */
static inline gboolean
ml_vm_kind_is_pointer_word (MlVmKind kind)
{
  return kind == ML_VM_KIND_POINTER || kind == ML_VM_KIND_MAP || kind == ML_VM_KIND_CHAN ||
         kind == ML_VM_KIND_FUNC || kind == ML_VM_KIND_UNSAFE_POINTER;
}

typedef struct
{
  char    *name;
  guint    type;
  guint64  offset;
  gboolean embedded;
} MlVmField;

/**
 * MlVmMethod:
 * @name: the method's name
 * @type: its signature, a func type without the receiver: two methods with the same
 *   signature have the same type id
 * @func: the function of a named type's method; ML_VM_NONE in an interface's method set
 * @pointer_recv: whether the method has a pointer receiver (only *T's method set has it)
 */
typedef struct
{
  char     *name;
  guint     type;
  guint     func;
  gboolean  pointer_recv;
} MlVmMethod;

/**
 * MlVmType:
 * @name: the type as %T prints it ("main.Persona", "[]int", "*main.Nodo")
 * @elem: element type id (pointer, slice, array, map value), or 0
 * @key: map key type id, or 0
 * @group: for maps, the id of its group type (map.group[K]V: a control word and 8 slots)
 * @sim_type: (nullable): filled by the loader (a `const MlRtype *` of sim), opaque here
 * @type_addr: the address the runtime uses for the type descriptor (an interface's first word)
 *
 * Type 0 is invalid; ids index MlVmProgram.types.
 */
typedef struct
{
  guint          id;
  MlVmKind       kind;
  char          *name;
  guint64        size;
  guint          align;
  guint          elem;
  guint          key;
  guint          group;
  guint64        len;
  MlVmField     *fields;
  guint          n_fields;
  gboolean       named;
  gboolean       has_pointers;
  /* One bit per 8-byte word, set for words the collector follows. */
  guint64       *ptrmask;
  /* An interface: its method set, in Go's order (the order of an itab's functions); a named
   * type: the methods declared on it, in the same order.  An interface with methods holds an
   * itab in its first word, an empty one the type descriptor. */
  MlVmMethod    *methods;
  guint          n_methods;
  gconstpointer  sim_type;
  guint64        type_addr;
} MlVmType;

/* Whether a value of @t is an interface with methods: a pair (itab, data), where an empty
 * interface is a pair (type, data). */
static inline gboolean
ml_vm_type_is_iface (const MlVmType *t)
{
  return t->kind == ML_VM_KIND_INTERFACE && t->n_methods > 0;
}

/**
 * MlVmSymbolKind:
 * @ML_VM_SYMBOL_ITAB: an itab (runtime.itab) for the dynamic type @type in an interface of
 *   type @iface, as Go's linker emits one for every conversion the compiler sees
 *   ("go:itab.*main.T,main.I")
 * @ML_VM_SYMBOL_FUNCVAL: a function used as a value: a read-only closure holding only the
 *   code pointer of function @func ("main.f·f")
 *
 * Read-only data the loader builds in the runtime's rodata; instructions name them by
 * index, which the loader resolves to their addresses.
 */
typedef enum
{
  ML_VM_SYMBOL_ITAB,
  ML_VM_SYMBOL_FUNCVAL,
} MlVmSymbolKind;

typedef struct
{
  MlVmSymbolKind kind;
  guint          type;
  guint          iface;
  guint          func;
  guint64        addr;      /* filled by the loader */
} MlVmSymbol;

/**
 * MlVmWrapperKind:
 * @ML_VM_WRAPPER_NONE: an ordinary function
 * @ML_VM_WRAPPER_DEREF: (*T).m for a method m of T: the receiver argument is a pointer,
 *   the method @wrapped is called with what it points to
 * @ML_VM_WRAPPER_IFACE: I.m, a method expression of an interface: the receiver argument is
 *   an interface value, the method found through its itab (slot @method) is called
 * @ML_VM_WRAPPER_IFACE_VALUE: i.m, a method value of an interface: the closure holds the
 *   interface value after its code pointer (Go's "i.m-fm")
 * @ML_VM_WRAPPER_PROMOTED: T.m or (*T).m for a method m promoted from an embedded field
 *   (main.Empleado.Presentarse): the receiver is a T (@method 0) or a *T (@method 1); the
 *   steps of @path (an offset, and a dereference for an embedded pointer) lead to the
 *   embedded value whose method @wrapped is called, or, for an embedded interface
 *   (@wrapped NONE), whose method in slot @iface_slot of its itab
 *
 * Go makes wrapper functions for method values and expressions whose receiver is not the
 * method's own; the model keeps them as functions without code, which calls dispatch.
 */
typedef enum
{
  ML_VM_WRAPPER_NONE,
  ML_VM_WRAPPER_DEREF,
  ML_VM_WRAPPER_IFACE,
  ML_VM_WRAPPER_IFACE_VALUE,
  ML_VM_WRAPPER_PROMOTED,
} MlVmWrapperKind;

/* Go's limits on a map slot (abi.MapMaxKeyBytes, abi.MapMaxElemBytes): bigger keys and
 * values live in objects of their own and the slot points at them. */
#define ML_VM_MAP_MAX_KEY_BYTES  128
#define ML_VM_MAP_MAX_ELEM_BYTES 128

/* Whether a value of @t is a scalar the VM moves as one load and store of its width: no
 * pointers, and a size of 1, 2, 4 or 8 bytes. */
static inline gboolean
ml_vm_type_is_scalar (const MlVmType *t)
{
  return !t->has_pointers && t->size <= 8 && (t->size & (t->size - 1)) == 0;
}

/* An operand names a place in memory.  Before loading it is (space, index, offset); the loader
 * rewrites it as (space, frame offset or absolute address). */
#define ML_VM_SPACE_FRAME  0u
#define ML_VM_SPACE_GLOBAL 1u
#define ML_VM_OPND_SPACE(o)  ((o) >> 31)
#define ML_VM_OPND_VALUE(o)  ((o) & 0x7fffffffu)
#define ML_VM_OPND_INDEX(o)  (((o) >> 18) & 0x1fffu)
#define ML_VM_OPND_OFFSET(o) ((o) & 0x3ffffu)
#define ML_VM_OPND_MAKE(space, index, offset) \
  (((guint32) (space) << 31) | ((guint32) (index) << 18) | (guint32) (offset))
#define ML_VM_MAX_SLOTS  0x1fffu
#define ML_VM_MAX_OFFSET 0x3ffffu
#define ML_VM_NONE 0xffffffffu
/* The bytes of the stack buffers of append and make (cmd/compile's -d=variablemakethreshold). */
#define ML_VM_STACK_BUFFER 32

/**
 * MlVmInsn:
 * @op: an #MlVmOp
 * @w: width in bytes of the scalar operated on (1, 2, 4, 8), or a sub-kind
 * @flags: ML_VM_INSN_* flags
 * @a: destination operand, @b and @c sources
 * @aux: a type id, a function index, a call-site index...
 * @pad: a JCMP's target; the flag of an append's stack buffer (GROW and APPEND1 with
 *   BUF_STD), an operand
 * @imm: an immediate value or a jump target
 */
typedef struct
{
  guint16 op;
  guint8  w;
  guint8  flags;
  guint32 aux;
  guint32 a;
  guint32 b;
  guint32 c;
  guint32 pad;
  gint64  imm;
} MlVmInsn;

enum
{
  ML_VM_INSN_SIGNED = 1 << 0,   /* signed integer arithmetic / comparison */
  ML_VM_INSN_IMM    = 1 << 1,   /* operand c is @imm instead of a place */
  ML_VM_INSN_FLOAT  = 1 << 2,   /* floating-point operation */
  /* GROW, APPEND1: Go 1.25+'s 32-byte stack buffer for appends (c), whole at once at the
   * first append site of a slice, once per call (pad: the flag that says it was used)... */
  ML_VM_INSN_BUF_STD  = 1 << 3,
  /* ...or walked one size class at a time (runtime.growsliceBuf), for a slice move2heap
   * takes to the heap later.  MAKESLICE: the buffer (imm) when the capacity fits. */
  ML_VM_INSN_BUF_WALK = 1 << 4,
  /* BOX: c is an itab symbol (resolved to its address), the interface's first word. */
  ML_VM_INSN_ITAB     = 1 << 5,
  /* BOX: b holds the data word itself, the address of a stack temporary (a conversion
   * that does not escape). */
  ML_VM_INSN_BOX_ADDR = 1 << 6,
  /* STRBYTES, STRRUNES: a constant's array of exactly its length, in the frame at c (or
   * NONE: on the heap).  With BUF_STD, the conversions use the runtime's buffer at c (32
   * bytes or runes, 4 bytes for a rune) when the result fits it.  MAKESLICE: the buffer
   * (imm) is an array of the constant capacity (c), used whatever the length. */
  ML_VM_INSN_EXACT    = 1 << 7,
  /* FMT: b is a []any whose elements are the operands (a call with xs...), not an array of
   * imm of them; FMT has no signedness to say. */
  ML_VM_INSN_SPREAD   = ML_VM_INSN_SIGNED,
};

/* Where a statement or an operation is in the source. */
typedef struct
{
  guint32 line;
  guint32 col;
} MlVmPos;

typedef enum
{
  ML_VM_SLOT_LOCAL,
  ML_VM_SLOT_PARAM,
  ML_VM_SLOT_RESULT,
  ML_VM_SLOT_TEMP,
} MlVmSlotKind;

typedef struct
{
  char         *name;
  guint         type;
  MlVmSlotKind  kind;
  guint         align;      /* at least this alignment (a stack buffer's word), or 0 */
  guint64       offset;     /* filled by the loader */
} MlVmSlot;

/* A call: where the arguments come from and where the results go, in the caller's frame, and
 * the callee's slots they go to. */
typedef struct
{
  guint    n_args;
  guint32 *arg_src;
  guint   *arg_type;
  guint    n_results;
  guint32 *res_dst;
  guint   *res_type;
} MlVmCallSite;

/**
 * MlVmDefers:
 * @ML_VM_DEFERS_NONE: the function defers nothing
 * @ML_VM_DEFERS_OPEN: open-coded defers (Go 1.14+): a bit per defer statement in the
 *   frame's deferBits and the deferred function values in consecutive slots of the frame;
 *   no record, the exit code calls them
 * @ML_VM_DEFERS_RECORDS: _defer records on the goroutine's list, in the frame or, for a defer
 *   in a loop, on the heap
 *
 * How a function keeps its deferred calls, as Go 1.27's ssagen decides: open-coded unless
 * there are more than 8, one is in a loop, a named result lives on the heap, or returns
 * times defers exceeds 15.
 */
typedef enum
{
  ML_VM_DEFERS_NONE,
  ML_VM_DEFERS_OPEN,
  ML_VM_DEFERS_RECORDS,
} MlVmDefers;

enum
{
  /* A wrapper the compiler made (a deferred call's "deferwrap"): recover() sees through it. */
  ML_VM_FUNC_WRAPPER = 1 << 0,
  /* A function of the runtime (runtime.gopanic), not of the program. */
  ML_VM_FUNC_RUNTIME = 1 << 1,
  /* A function of the standard library MemLab bundles as Go source (strings.Repeat): where
   * the program is, while it runs, is the line of the program that called it. */
  ML_VM_FUNC_LIBRARY = 1 << 2,
};

/* A call the default build inlined, as the traceback prints it (Go's inline tree): the
 * callee's name, the line of the call, and the call it is itself inlined in (index + 1 in
 * MlVmFunc.inl_frames, 0 for none). */
typedef struct
{
  char    *name;
  guint32  call_line;
  guint32  parent;
} MlVmInlFrame;

typedef struct
{
  char         *name;        /* "main.main", "main.Persona.String", "main.main.func1" */
  MlVmPos       pos;
  GArray       *code;        /* MlVmInsn */
  GArray       *code_pos;    /* MlVmPos, one per instruction */
  /* The inlined calls compiled into this function (MlVmInlFrame) and, per instruction, the
   * innermost one it belongs to (index + 1, 0 for the function's own code); NULL when it
   * has none. */
  GArray       *inl_frames;
  GArray       *inl_at;      /* guint32 */
  GArray       *slots;       /* MlVmSlot */
  GArray       *calls;       /* MlVmCallSite */
  guint        *param_slots; /* the first slots: receiver and params, then results */
  guint         n_params;
  guint        *result_slots;
  guint         n_results;
  guint         closure_slot; /* the closure context slot, or ML_VM_NONE */
  guint         flags;        /* ML_VM_FUNC_* */
  MlVmDefers    defers;
  guint         defer_bits_slot;  /* OPEN: the uint8 slot deferBits */
  guint         open_defer_slot;  /* OPEN: the first function-value slot, one per defer */
  guint         deferreturn_pc;   /* where a recovered panic resumes: the deferred calls left,
                                     then the return */
  /* A wrapper (no code): what it calls. */
  MlVmWrapperKind wrapper;
  guint         wrapped;      /* DEREF, PROMOTED: the function */
  guint         method;       /* IFACE, IFACE_VALUE: the slot in the itab; PROMOTED: 1 for
                                 a pointer receiver */
  guint64      *path;         /* PROMOTED: offset << 1 | 1 for a dereference, per step */
  guint         n_path;
  guint         iface_slot;   /* PROMOTED from an embedded interface (@wrapped NONE): the
                                 method's slot in that interface's itab */
  /* Go's stack maps (ml-compile-liveness.c), over the slots: @n_maps distinct sets of
   * @map_words words each, a bit per slot live there.  @map_at gives the map of each pc for
   * the innermost frame (what is live when the instruction starts), @map_call the one of a
   * frame waiting in the call at that pc (what is live after it); @dead_after the line of
   * each slot's last use.  NULL without maps: every slot is live. */
  guint64      *maps;
  guint         n_maps;
  guint         map_words;
  guint32      *map_at;
  guint32      *map_call;
  guint32      *dead_after;
  /* Filled by the loader: the same maps over the frame's words (ml-vm-stackmap.c). */
  guint64      *word_maps;
  guint         word_map_words;
  /* Filled by the loader. */
  guint         layout_id;
  guint64       text_addr;
  guint64       frame_size;
} MlVmFunc;

typedef struct
{
  char     *name;
  guint     type;
  gboolean  initialized;
  /* Constant initial bytes (boxed constants), or NULL. */
  GBytes   *init;
  /* Initial value that refers to a string literal: the literal's index, or ML_VM_NONE. */
  guint     init_string;
  /* A function value of no closure (Go's "main.f·f"): the index of the function whose code
   * address it holds, or ML_VM_NONE. */
  guint     init_func;
  guint64   addr;       /* filled by the loader */
} MlVmGlobal;

/* A string literal: its @len bytes, NUL-terminated, in the same allocation. */
typedef struct
{
  gsize    len;
  guint64  addr;        /* filled by the loader */
  char     bytes[];
} MlVmString;

typedef struct _MlVmProgram MlVmProgram;
struct _MlVmProgram
{
  char          *filename;
  GPtrArray     *types;     /* MlVmType*, index 0 is NULL */
  GPtrArray     *funcs;     /* MlVmFunc* */
  GPtrArray     *globals;   /* MlVmGlobal* */
  GPtrArray     *strings;   /* MlVmString* */
  guint          main_func;
  guint          init_func; /* package variable initialisation, or ML_VM_NONE */
  /* Builtin types the VM needs: int, string, any, runtime.MemStats. */
  guint          t_int;
  guint          t_string;
  guint          t_any;
  guint          t_uintptr;
  guint          t_bool;
  /* The runtime's function that runs a panic's deferred calls, and its record's type. */
  guint          gopanic_func;
  guint          t_panic;
  /* Methods fmt and interface calls reach: "main.T.M" -> function index + 1. */
  GHashTable    *methods;
  /* MlVmSymbol: itabs and function values in rodata. */
  GArray        *symbols;
  gboolean       loaded;

  /*< private >*/
  /* The literals by their bytes (MlVmString*: index + 1), so that a program of many
   * literals interns each in constant time; and their bytes, which must fit rodata. */
  GHashTable    *string_index;
  guint64        string_bytes;
};

MlVmProgram *ml_vm_program_new            (const char  *filename);
MlVmProgram *ml_vm_program_ref            (MlVmProgram *self);
void         ml_vm_program_unref          (MlVmProgram *self);
guint        ml_vm_program_add_type       (MlVmProgram *self,
                                           MlVmType    *type);
MlVmType    *ml_vm_program_get_type       (MlVmProgram *self,
                                           guint        id);
MlVmType    *ml_vm_program_find_type      (MlVmProgram *self,
                                           const char  *name);
guint        ml_vm_program_add_string     (MlVmProgram *self,
                                           const char  *bytes,
                                           gsize        len);
guint        ml_vm_program_add_global     (MlVmProgram *self,
                                           const char  *name,
                                           guint        type);
MlVmFunc    *ml_vm_program_add_func       (MlVmProgram *self,
                                           const char  *name,
                                           guint       *index);
guint        ml_vm_func_add_slot          (MlVmFunc    *func,
                                           const char  *name,
                                           guint        type,
                                           MlVmSlotKind kind);
guint        ml_vm_program_add_symbol     (MlVmProgram *self,
                                           MlVmSymbolKind kind,
                                           guint        type,
                                           guint        iface,
                                           guint        func);
char        *ml_vm_program_disassemble    (MlVmProgram *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlVmProgram, ml_vm_program_unref)

G_END_DECLS
