/* ml-type.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  ML_KIND_INVALID,
  ML_KIND_BOOL,
  ML_KIND_INT,
  ML_KIND_INT8,
  ML_KIND_INT16,
  ML_KIND_INT32,
  ML_KIND_INT64,
  ML_KIND_UINT,
  ML_KIND_UINT8,
  ML_KIND_UINT16,
  ML_KIND_UINT32,
  ML_KIND_UINT64,
  ML_KIND_UINTPTR,
  ML_KIND_FLOAT32,
  ML_KIND_FLOAT64,
  ML_KIND_COMPLEX64,
  ML_KIND_COMPLEX128,
  ML_KIND_STRING,
  ML_KIND_UNSAFE_POINTER,
  ML_KIND_POINTER,
  ML_KIND_SLICE,
  ML_KIND_ARRAY,
  ML_KIND_STRUCT,
  ML_KIND_MAP,
  ML_KIND_CHAN,
  ML_KIND_FUNC,
  ML_KIND_INTERFACE,
  ML_N_KINDS
} MlKind;

typedef struct _MlType MlType;
typedef struct _MlTypeRegistry MlTypeRegistry;

typedef struct
{
  const char   *name;
  const MlType *type;
  guint64       offset;
  gboolean      embedded;
} MlField;

/* A Go type as the runtime sees it: immutable once made, owned by its registry, and valid for
 * as long as the registry lives (snapshots keep a reference to it).  The pointer mask has one
 * bit per 8-byte word of the value, set where the word holds a pointer the collector follows. */
struct _MlType
{
  guint          id;
  MlKind         kind;
  char          *name;
  guint64        size;
  guint          align;
  const MlType  *elem;      /* pointer, slice, array, chan, map value */
  const MlType  *key;       /* map key */
  guint64        len;       /* array length */
  MlField       *fields;
  guint          n_fields;
  guint64        n_words;
  guint64       *ptrmask;   /* (n_words + 63) / 64 words */
  gboolean       has_pointers;
  gboolean       named;
};

#define ML_TYPE_REGISTRY_TYPE (ml_type_registry_get_type ())

GType            ml_type_registry_get_type      (void) G_GNUC_CONST;
MlTypeRegistry  *ml_type_registry_new           (void);
MlTypeRegistry  *ml_type_registry_ref           (MlTypeRegistry  *self);
void             ml_type_registry_unref         (MlTypeRegistry  *self);
guint            ml_type_registry_get_n_types   (MlTypeRegistry  *self);
const MlType    *ml_type_registry_get           (MlTypeRegistry  *self,
                                                 guint            id);
const MlType    *ml_type_registry_lookup        (MlTypeRegistry  *self,
                                                 const char      *name);
const MlType    *ml_type_registry_basic         (MlTypeRegistry  *self,
                                                 MlKind           kind);
const MlType    *ml_type_registry_pointer_to    (MlTypeRegistry  *self,
                                                 const MlType    *elem);
const MlType    *ml_type_registry_slice_of      (MlTypeRegistry  *self,
                                                 const MlType    *elem);
const MlType    *ml_type_registry_array_of      (MlTypeRegistry  *self,
                                                 const MlType    *elem,
                                                 guint64          len);
const MlType    *ml_type_registry_map_of        (MlTypeRegistry  *self,
                                                 const MlType    *key,
                                                 const MlType    *value);
const MlType    *ml_type_registry_chan_of       (MlTypeRegistry  *self,
                                                 const MlType    *elem);
const MlType    *ml_type_registry_func          (MlTypeRegistry  *self,
                                                 const char      *signature);
const MlType    *ml_type_registry_interface     (MlTypeRegistry  *self,
                                                 const char      *name);
const MlType    *ml_type_registry_struct        (MlTypeRegistry  *self,
                                                 const char      *name,
                                                 const MlField   *fields,
                                                 guint            n_fields);
const MlType    *ml_type_registry_map_header    (MlTypeRegistry  *self);
const MlType    *ml_type_registry_declare_struct (MlTypeRegistry *self,
                                                 const char      *name);
const MlType    *ml_type_registry_define_struct (MlTypeRegistry  *self,
                                                 const MlType    *declared,
                                                 const MlField   *fields,
                                                 guint            n_fields);

gboolean         ml_type_word_is_pointer        (const MlType    *type,
                                                 guint64          word);
const MlField   *ml_type_find_field             (const MlType    *type,
                                                 const char      *name);
const char      *ml_kind_to_string              (MlKind           kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlTypeRegistry, ml_type_registry_unref)

G_END_DECLS
