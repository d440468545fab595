/* ml-program-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the front end builds an MlProgram and its MlFuncs (ml-program.c): the parser creates the
 * program, the checker adds the functions.  Callers outside src/lang only read them, through
 * ml-program.h.
 */

#pragma once

#include "ml-program.h"

G_BEGIN_DECLS

MlProgram *ml_program_new (MlSource   *source);

MlFunc    *ml_func_new    (MlNode     *node,
                           const char *name);
void       ml_func_free   (MlFunc     *fn);

G_END_DECLS
