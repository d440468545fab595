/* ml-sandbox-script.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlSandboxScript, the sandbox session as a Go program: see ml-sandbox-script.c.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MlSandboxScript MlSandboxScript;

MlSandboxScript *ml_sandbox_script_new             (void);
void             ml_sandbox_script_free            (MlSandboxScript *self);
char            *ml_sandbox_script_next_local      (MlSandboxScript *self);
char            *ml_sandbox_script_next_global     (MlSandboxScript *self);
char            *ml_sandbox_script_next_slice      (MlSandboxScript *self);
char            *ml_sandbox_script_get_slice       (MlSandboxScript *self);
char            *ml_sandbox_script_new_object      (MlSandboxScript    *self,
                                                    const char         *type,
                                                    const char * const *values);
void             ml_sandbox_script_declare         (MlSandboxScript    *self,
                                                    const char         *name,
                                                    gboolean            global,
                                                    const char         *type,
                                                    const char * const *values);
void             ml_sandbox_script_assign          (MlSandboxScript *self,
                                                    const char      *lhs,
                                                    const char      *type,
                                                    const char      *value);
void             ml_sandbox_script_append          (MlSandboxScript *self,
                                                    const char      *slice,
                                                    const char      *element);
void             ml_sandbox_script_alloc_local     (MlSandboxScript *self,
                                                    const char      *name);
void             ml_sandbox_script_alloc_global    (MlSandboxScript *self,
                                                    const char      *name);
void             ml_sandbox_script_alloc_field     (MlSandboxScript *self,
                                                    const char      *path,
                                                    const char      *field);
void             ml_sandbox_script_link            (MlSandboxScript *self,
                                                    const char      *path,
                                                    const char      *field,
                                                    const char      *target);
void             ml_sandbox_script_drop            (MlSandboxScript *self,
                                                    const char      *variable);
void             ml_sandbox_script_gc_start        (MlSandboxScript *self);
void             ml_sandbox_script_gc_step         (MlSandboxScript *self);
void             ml_sandbox_script_gc_full         (MlSandboxScript *self);
void             ml_sandbox_script_set_gogc        (MlSandboxScript *self,
                                                    int              gogc);
void             ml_sandbox_script_set_barrier     (MlSandboxScript *self,
                                                    gboolean         enabled);
guint            ml_sandbox_script_get_n_statements(MlSandboxScript *self);
void             ml_sandbox_script_undo            (MlSandboxScript *self);
char            *ml_sandbox_script_to_go           (MlSandboxScript *self);
char            *ml_sandbox_path_from_name         (const char      *object_name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlSandboxScript, ml_sandbox_script_free)

G_END_DECLS
