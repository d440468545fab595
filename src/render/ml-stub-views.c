#include "config.h"
#include "ml-render-private.h"
MlScene *
ml_segments_view_layout (const MlSnapshot *snapshot, MlScene *previous, const MlRenderOptions *options)
{ return ml_scene_new (ML_VIEW_SEGMENTS, options ? options->theme : ML_THEME_LIGHT, 100, 100); }
MlScene *
ml_process_view_layout (const MlSnapshot *snapshot, const MlRenderOptions *options)
{ return ml_scene_new (ML_VIEW_PROCESS, options ? options->theme : ML_THEME_LIGHT, 100, 100); }
MlScene *
ml_spans_view_layout (const MlSnapshot *snapshot, MlScene *previous, const MlRenderOptions *options)
{ return ml_scene_new (ML_VIEW_SPANS, options ? options->theme : ML_THEME_LIGHT, 100, 100); }
MlScene *
ml_timeline_view_layout (MlTimelineSeries *series, MlTimelineSeries *compare, MlScene *previous, const MlRenderOptions *options)
{ return ml_scene_new (ML_VIEW_TIMELINE, options ? options->theme : ML_THEME_LIGHT, 100, 100); }
