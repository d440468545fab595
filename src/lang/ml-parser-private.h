/* ml-parser-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ml-arena-private.h"
#include "ml-ast.h"
#include "ml-diagnostic-private.h"

G_BEGIN_DECLS

MlFile *ml_parse_file (MlSource   *source,
                       MlArena    *arena,
                       MlDiagSink *sink);

MlNode *ml_node_new   (MlArena    *arena,
                       MlNodeKind  kind,
                       MlPos       pos);

G_END_DECLS
