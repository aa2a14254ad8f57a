# SPDX-License-Identifier: GPL-3.0-or-later
# Which folders of models/ each folder may include from. Dependencies point one way: core at the
# bottom, then text, extract, store, search, ingest, with export, agreement (coder agreement),
# analysis (concordance, co-occurrence, timelines),
# exchange (other coders' corpora, REFI-QDA), editing, display and itemmodels above (DESIGN.md, "Layout").
# check-layers.cmake reads this list at every build.
set(PIZHU_LAYER_core "")
set(PIZHU_LAYER_text core)
set(PIZHU_LAYER_extract text core)
set(PIZHU_LAYER_store text core)
set(PIZHU_LAYER_search store text core)
set(PIZHU_LAYER_ingest search store extract text core)
set(PIZHU_LAYER_export ingest search store extract text core)
set(PIZHU_LAYER_agreement export ingest search store extract text core)
set(PIZHU_LAYER_analysis export ingest search store extract text core)
set(PIZHU_LAYER_exchange export ingest search store extract text core)
set(PIZHU_LAYER_editing exchange export ingest search store extract text core)
set(PIZHU_LAYER_display search store text core)
set(PIZHU_LAYER_itemmodels agreement analysis editing exchange display export ingest search store extract text core)
set(PIZHU_LAYERS core text extract store search ingest export agreement analysis exchange editing display itemmodels)
