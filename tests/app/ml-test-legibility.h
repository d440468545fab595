/* ml-test-legibility.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every moment of every lesson played in presentation mode, with the smallest text the
 * canvas draws at each: see ml-test-legibility.c.
 */

#pragma once

#include "ml-application.h"

G_BEGIN_DECLS

double ml_test_legibility_play (MlApplication *app,
                                int            width,
                                int            height,
                                double         floor_px,
                                GString       *failures);

G_END_DECLS
