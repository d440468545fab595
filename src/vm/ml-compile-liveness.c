/* ml-compile-liveness.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Liveness as Go computes it (cmd/compile/internal/liveness/plive.go): a backward dataflow
 * pass over each compiled function that gives every instruction a stack map, the slots whose
 * pointers are live there.  The collector scans only those (sim's ml-roots.c), so a named
 * variable after its last use is no root and what only it reached is reclaimed, as in Go.
 * It is a file of its own because it reads the finished bytecode of every function, after
 * the constructs' files have emitted it, and knows each instruction only by what it reads
 * and writes.
 *
 * What it tracks are the named pointer variables of the frame (locals, parameters, the &x
 * slots of variables moved to the heap), as plive.go's shouldTrack does.  What it keeps
 * live everywhere: results (plive.go: "All results are live at every return point", and
 * throughout a function with defers), the closure pointer, open-coded defers' slots and
 * _defer records ("Open-coded defer args slots must be live everywhere in a function"),
 * variables whose address is taken (Go's stack objects; MemLab scans them as long as the
 * frame lives, which keeps at least what Go keeps), and the compiler's temporaries, which
 * the VM's instructions reuse between statements in ways this pass does not follow.
 */

#include "config.h"

#include <string.h>

#include "ml-compiler-private.h"
#include "ml-vm-op-private.h"

/* Past this many words of per-instruction sets a function keeps every slot live: the
 * analysis would cost more than the program is worth to the picture. */
#define MAX_SET_WORDS (4u << 20)

typedef struct
{
  MlVmProgram *prog;
  MlVmFunc    *f;
  guint        n;           /* instructions */
  guint        ns;          /* slots */
  guint        nw;          /* words of a set */
  guint64     *use;         /* n * nw */
  guint64     *kill;
  guint64     *live_in;
  guint64     *live_out;
  gboolean    *tracked;     /* per slot */
  gboolean    *pinned;      /* per slot: live everywhere */
} Liveness;

static inline void
set_bit (guint64 *set,
         guint    bit)
{
  set[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
}

static inline gboolean
get_bit (const guint64 *set,
         guint          bit)
{
  return (set[bit / 64] >> (bit % 64)) & 1;
}

/* The slot an operand names, or G_MAXUINT when it is no frame slot. */
static guint
opnd_slot (Liveness *lv,
           guint32   o)
{
  guint s;

  if (o == ML_VM_NONE || ML_VM_OPND_SPACE (o) != ML_VM_SPACE_FRAME)
    return G_MAXUINT;
  s = ML_VM_OPND_INDEX (o);
  return s < lv->ns ? s : G_MAXUINT;
}

/* Instruction @pc reads operand @o (plive.go: a read, or an address taken, is a use). */
static void
use (Liveness *lv,
     guint     pc,
     guint32   o)
{
  guint s = opnd_slot (lv, o);

  if (s != G_MAXUINT && lv->tracked[s])
    set_bit (&lv->use[(gsize) pc * lv->nw], s);
}

/* Instruction @pc keeps the address of operand @o: the slot becomes a stack object. */
static void
pin (Liveness *lv,
     guint32   o)
{
  guint s = opnd_slot (lv, o);

  if (s != G_MAXUINT)
    lv->pinned[s] = TRUE;
}

/* Instruction @pc writes @size bytes at operand @o.  Only a write of the whole variable
 * kills it (plive.go: a partial write of a "fat" variable does not). */
static void
def (Liveness *lv,
     guint     pc,
     guint32   o,
     guint64   size)
{
  guint s = opnd_slot (lv, o);
  const MlVmSlot *slot;

  if (s == G_MAXUINT || !lv->tracked[s] || ML_VM_OPND_OFFSET (o) != 0)
    return;
  slot = &g_array_index (lv->f->slots, MlVmSlot, s);
  if (ml_vm_program_get_type (lv->prog, slot->type)->size == size)
    set_bit (&lv->kill[(gsize) pc * lv->nw], s);
}

static guint64
type_size (Liveness *lv,
           guint     type)
{
  MlVmType *t = type != 0 && type < lv->prog->types->len ? ml_vm_program_get_type (lv->prog, type)
                : NULL;

  return t != NULL ? t->size : 0;
}

/* A call site's arguments are uses, its results whole writes. */
static void
call_site (Liveness *lv,
           guint     pc,
           guint     index)
{
  const MlVmCallSite *cs;

  if (index >= lv->f->calls->len)
    return;
  cs = &g_array_index (lv->f->calls, MlVmCallSite, index);
  for (guint i = 0; i < cs->n_args; i++)
    use (lv, pc, cs->arg_src[i]);
  for (guint i = 0; i < cs->n_results; i++)
    def (lv, pc, cs->res_dst[i], type_size (lv, cs->res_type[i]));
}

/* What instruction @pc reads, writes whole and takes the address of. */
static void
effects (Liveness *lv,
         guint     pc)
{
  const MlVmInsn *in = &g_array_index (lv->f->code, MlVmInsn, pc);
  guint32 c = (in->flags & ML_VM_INSN_IMM) ? ML_VM_NONE : in->c;

  switch ((MlVmOp) in->op)
    {
    case ML_OP_NOP: case ML_OP_STMT: case ML_OP_JMP: case ML_OP_RET: case ML_OP_PANICMSG:
    case ML_OP_GC: case ML_OP_GCSTART: case ML_OP_GCUNITS: case ML_OP_SETGOGC:
    case ML_OP_SETWB: case ML_OP_DEFERRETURN: case ML_OP_PANICNEXT:
      break;
    case ML_OP_MOVI: case ML_OP_MOV:
      def (lv, pc, in->a, in->w);
      use (lv, pc, in->b);
      break;
    case ML_OP_MOVP: case ML_OP_ADDR: case ML_OP_IDX: case ML_OP_AIDX: case ML_OP_MAPSET:
      def (lv, pc, in->a, 8);
      use (lv, pc, in->b);
      use (lv, pc, c);
      break;
    case ML_OP_MOVT: case ML_OP_LOAD: case ML_OP_UNBOX:
      def (lv, pc, in->a, type_size (lv, in->aux));
      use (lv, pc, in->b);
      break;
    case ML_OP_ZERO:
      def (lv, pc, in->a, type_size (lv, in->aux));
      break;
    case ML_OP_STRC: case ML_OP_RECOVER:
      def (lv, pc, in->a, 16);
      break;
    case ML_OP_FUNCVAL: case ML_OP_NEW:
      def (lv, pc, in->a, 8);
      break;
    case ML_OP_BOXC:
      def (lv, pc, in->a, 16);
      break;
    case ML_OP_LEA:
      def (lv, pc, in->a, 8);
      pin (lv, in->b);
      break;
    case ML_OP_MKSLICEAT:
      def (lv, pc, in->a, 24);
      pin (lv, in->b);
      break;
    case ML_OP_CONCAT: case ML_OP_RUNESTR: case ML_OP_CONVI: case ML_OP_ERRORF:
    case ML_OP_RTERROR:
      def (lv, pc, in->a, 16);
      use (lv, pc, in->b);
      use (lv, pc, c);
      break;
    case ML_OP_BOX:
      def (lv, pc, in->a, 16);
      use (lv, pc, in->b);
      if (!(in->flags & ML_VM_INSN_ITAB))
        use (lv, pc, c);
      break;
    case ML_OP_SLICE:
      def (lv, pc, in->a, in->w == 2 ? 16 : 24);
      use (lv, pc, in->b);
      use (lv, pc, c);
      break;
    case ML_OP_APPENDSL:
      def (lv, pc, in->a, 24);
      use (lv, pc, in->b);
      use (lv, pc, c);
      break;
    case ML_OP_MAKESLICE:
      def (lv, pc, in->a, 24);
      use (lv, pc, in->b);
      use (lv, pc, c);
      if (in->imm != (gint64) ML_VM_NONE)
        pin (lv, (guint32) in->imm);
      break;
    case ML_OP_GROW:
      def (lv, pc, in->a, 24);
      use (lv, pc, in->b);
      pin (lv, c);
      if (in->flags & ML_VM_INSN_BUF_STD)
        use (lv, pc, in->pad);
      break;
    case ML_OP_APPEND1:
      use (lv, pc, in->a);
      use (lv, pc, in->b);
      pin (lv, c);
      if (in->flags & ML_VM_INSN_BUF_STD)
        use (lv, pc, in->pad);
      break;
    case ML_OP_STRBYTES: case ML_OP_STRRUNES:
      def (lv, pc, in->a, 24);
      use (lv, pc, in->b);
      pin (lv, c);
      break;
    case ML_OP_BYTESSTR: case ML_OP_RUNESSTR:
      def (lv, pc, in->a, 16);
      use (lv, pc, in->b);
      pin (lv, c);
      break;
    case ML_OP_MAKEMAP:
      def (lv, pc, in->a, 8);
      pin (lv, in->b);
      pin (lv, c);
      if (in->w == 1)
        use (lv, pc, (guint32) in->imm);
      break;
    case ML_OP_MAPGET:
      use (lv, pc, in->a);
      use (lv, pc, in->b);
      use (lv, pc, c);
      if (in->imm != (gint64) ML_VM_NONE)
        use (lv, pc, (guint32) in->imm);
      break;
    case ML_OP_CALL:
      call_site (lv, pc, in->aux);
      break;
    case ML_OP_CALLC: case ML_OP_CALLI:
      use (lv, pc, in->b);
      call_site (lv, pc, in->aux);
      break;
    case ML_OP_CLOSURE: case ML_OP_DEFER:
      /* The closure's captures and a defer's record and function value are in the frame
       * and the runtime holds their addresses. */
      pin (lv, in->a);
      pin (lv, in->b);
      pin (lv, c);
      break;
    case ML_OP_JT: case ML_OP_JF: case ML_OP_PANIC: case ML_OP_MEMSTATS:
      use (lv, pc, in->b);
      break;
    case ML_OP_STRFLOAT:
      use (lv, pc, in->pad);
      G_GNUC_FALLTHROUGH;
    case ML_OP_STORE: case ML_OP_ADD: case ML_OP_SUB: case ML_OP_MUL: case ML_OP_DIV:
    case ML_OP_REM: case ML_OP_AND: case ML_OP_OR: case ML_OP_XOR: case ML_OP_ANDNOT:
    case ML_OP_SHL: case ML_OP_SHR: case ML_OP_NEG: case ML_OP_COMPL: case ML_OP_NOT:
    case ML_OP_EQ: case ML_OP_NE: case ML_OP_LT: case ML_OP_LE: case ML_OP_GT: case ML_OP_GE:
    case ML_OP_STREQ: case ML_OP_STRCMP: case ML_OP_MEMEQ: case ML_OP_CONV: case ML_OP_JCMP:
    case ML_OP_INC: case ML_OP_SIDX: case ML_OP_COPY: case ML_OP_MAPDEL: case ML_OP_MAPCLEAR:
    case ML_OP_MAPITERINIT: case ML_OP_MAPITERNEXT: case ML_OP_LEN: case ML_OP_FMT:
    case ML_OP_STRRANGE: case ML_OP_MINMAX: case ML_OP_STIDX: case ML_OP_MOVE2HEAP:
    case ML_OP_ASSERT: case ML_OP_CDIV: case ML_OP_ASTARGET: case ML_OP_ANYSLICE:
    case ML_OP_KEEPALIVE:
    case ML_N_OPS:
    default:
      /* Read (or updated in place): uses, and no kill, which is always safe. */
      use (lv, pc, in->a);
      use (lv, pc, in->b);
      use (lv, pc, c);
      break;
    }
}

/* Where control goes after @pc: up to two successors; returns how many. */
static guint
successors (Liveness *lv,
            guint     pc,
            guint    *succ)
{
  const MlVmInsn *in = &g_array_index (lv->f->code, MlVmInsn, pc);
  guint k = 0;

  if (in->op == ML_OP_RET || in->op == ML_OP_PANIC || in->op == ML_OP_PANICMSG)
    return 0;
  if (in->op == ML_OP_JMP)
    {
      if (in->imm >= 0 && (guint64) in->imm < lv->n)
        succ[k++] = (guint) in->imm;
      return k;
    }
  if ((in->op == ML_OP_JT || in->op == ML_OP_JF) && in->imm >= 0 && (guint64) in->imm < lv->n)
    succ[k++] = (guint) in->imm;
  if (in->op == ML_OP_JCMP && in->pad < lv->n)
    succ[k++] = in->pad;
  if (pc + 1 < lv->n)
    succ[k++] = pc + 1;
  return k;
}

/* Which slots the pass tracks (plive.go's shouldTrack: named, on the stack, with pointers)
 * and which are live everywhere. */
static void
classify_slots (Liveness *lv)
{
  MlVmFunc *f = lv->f;

  for (guint s = 0; s < lv->ns; s++)
    {
      const MlVmSlot *slot = &g_array_index (f->slots, MlVmSlot, s);
      MlVmType *t = slot->type < lv->prog->types->len ? ml_vm_program_get_type (lv->prog, slot->type)
                    : NULL;

      if (t == NULL || !t->has_pointers)
        continue;
      if ((slot->kind == ML_VM_SLOT_LOCAL || slot->kind == ML_VM_SLOT_PARAM)
          && slot->name != NULL && slot->name[0] != '.')
        lv->tracked[s] = TRUE;
      else
        lv->pinned[s] = TRUE;
    }
}

/* The backward dataflow (plive.go's solve): live-out is the union of the successors'
 * live-in, live-in is live-out less what the instruction kills, plus what it uses, until
 * nothing changes.  A loop's variable used in the next iteration stays live across the back
 * edge that way.  In a function with deferred calls any instruction may panic into the
 * deferred calls and the return (deferreturn_pc), so what is live there is live everywhere. */
static void
solve (Liveness *lv)
{
  gboolean changed = TRUE;
  g_autofree guint64 *tmp = g_new0 (guint64, lv->nw);
  gboolean defers = lv->f->defers != ML_VM_DEFERS_NONE && lv->f->deferreturn_pc < lv->n;

  while (changed)
    {
      changed = FALSE;
      for (guint pc = lv->n; pc-- > 0;)
        {
          guint64 *out = &lv->live_out[(gsize) pc * lv->nw];
          guint64 *in = &lv->live_in[(gsize) pc * lv->nw];
          const guint64 *u = &lv->use[(gsize) pc * lv->nw];
          const guint64 *k = &lv->kill[(gsize) pc * lv->nw];
          guint succ[2];
          guint ns = successors (lv, pc, succ);

          memset (tmp, 0, lv->nw * sizeof (guint64));
          for (guint i = 0; i < ns; i++)
            for (guint w = 0; w < lv->nw; w++)
              tmp[w] |= lv->live_in[(gsize) succ[i] * lv->nw + w];
          if (defers)
            for (guint w = 0; w < lv->nw; w++)
              tmp[w] |= lv->live_in[(gsize) lv->f->deferreturn_pc * lv->nw + w];
          for (guint w = 0; w < lv->nw; w++)
            {
              guint64 ni = (tmp[w] & ~k[w]) | u[w];

              out[w] = tmp[w];
              if (ni != in[w])
                {
                  in[w] = ni;
                  changed = TRUE;
                }
            }
        }
    }
}

/* The index of the map @set (plus the slots live everywhere) in the function's list of
 * distinct maps, adding it when new. */
static guint32
intern_map (Liveness   *lv,
            GHashTable *seen,
            GArray     *maps,
            guint64    *set)
{
  gpointer found;

  for (guint s = 0; s < lv->ns; s++)
    if (lv->pinned[s])
      set_bit (set, s);
  {
    GBytes *key = g_bytes_new (set, lv->nw * sizeof (guint64));

    if (g_hash_table_lookup_extended (seen, key, NULL, &found))
      {
        g_bytes_unref (key);
        return GPOINTER_TO_UINT (found);
      }
    g_hash_table_insert (seen, key, GUINT_TO_POINTER (maps->len / lv->nw));
  }
  g_array_append_vals (maps, set, lv->nw);
  return maps->len / lv->nw - 1;
}

/* The maps of each pc, and each tracked slot's last line of use. */
static void
emit_maps (Liveness *lv)
{
  MlVmFunc *f = lv->f;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                                      (GDestroyNotify) g_bytes_unref, NULL);
  GArray *maps = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autofree guint64 *set = g_new0 (guint64, lv->nw);

  f->map_at = g_new0 (guint32, lv->n);
  f->map_call = g_new0 (guint32, lv->n);
  f->dead_after = g_new0 (guint32, MAX (lv->ns, 1));
  for (guint pc = 0; pc < lv->n; pc++)
    {
      const MlVmInsn *in = &g_array_index (f->code, MlVmInsn, pc);
      guint line = g_array_index (f->code_pos, MlVmPos, pc).line;

      memcpy (set, &lv->live_in[(gsize) pc * lv->nw], lv->nw * sizeof (guint64));
      f->map_at[pc] = intern_map (lv, seen, maps, set);
      /* A frame waiting in a call: what is live after the call, less the results it is
       * about to write (plive.go records liveout at a call). */
      if (in->op == ML_OP_CALL || in->op == ML_OP_CALLC || in->op == ML_OP_CALLI)
        {
          for (guint w = 0; w < lv->nw; w++)
            set[w] = lv->live_out[(gsize) pc * lv->nw + w] & ~lv->kill[(gsize) pc * lv->nw + w];
          f->map_call[pc] = intern_map (lv, seen, maps, set);
        }
      else
        f->map_call[pc] = f->map_at[pc];
      for (guint s = 0; s < lv->ns; s++)
        if (get_bit (&lv->use[(gsize) pc * lv->nw], s) && line > f->dead_after[s])
          f->dead_after[s] = line;
    }
  f->map_words = lv->nw;
  f->n_maps = maps->len / lv->nw;
  f->maps = (guint64 *) (gpointer) g_array_free (maps, FALSE);
}

static void
func_liveness (MlVmProgram *prog,
               MlVmFunc    *f)
{
  Liveness lv = { prog, f };
  gsize words;

  lv.n = f->code->len;
  lv.ns = f->slots->len;
  lv.nw = MAX ((lv.ns + 63) / 64, 1);
  words = (gsize) lv.n * lv.nw;
  if (lv.n == 0 || f->wrapper != ML_VM_WRAPPER_NONE
      || (f->flags & (ML_VM_FUNC_RUNTIME | ML_VM_FUNC_WRAPPER)) || words > MAX_SET_WORDS)
    return;
  lv.tracked = g_new0 (gboolean, lv.ns);
  lv.pinned = g_new0 (gboolean, lv.ns);
  lv.use = g_new0 (guint64, words);
  lv.kill = g_new0 (guint64, words);
  lv.live_in = g_new0 (guint64, words);
  lv.live_out = g_new0 (guint64, words);
  classify_slots (&lv);
  for (guint pc = 0; pc < lv.n; pc++)
    effects (&lv, pc);
  solve (&lv);
  emit_maps (&lv);
  g_free (lv.tracked);
  g_free (lv.pinned);
  g_free (lv.use);
  g_free (lv.kill);
  g_free (lv.live_in);
  g_free (lv.live_out);
}

/* Gives every function of @prog its stack maps, once its code is final. */
void
_ml_compute_liveness (MlVmProgram *prog)
{
  for (guint i = 0; i < prog->funcs->len; i++)
    func_liveness (prog, g_ptr_array_index (prog->funcs, i));
}
