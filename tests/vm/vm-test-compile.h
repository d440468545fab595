/* vm-test-compile.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The front end and the compiler behind a header that names neither lang's nor sim's types,
 * so that a test of the VM can use sim's API in its own translation unit.
 */

#pragma once

#include "ml-vm-program.h"

MlVmProgram *vm_test_compile (const char  *filename,
                              const char  *source,
                              char       **errors);
MlVmProgram *vm_test_compile_build (const char  *filename,
                                    const char  *source,
                                    gboolean     inline_calls,
                                    char       **errors);
