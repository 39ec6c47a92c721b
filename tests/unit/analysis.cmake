# Unit tests for analysis/ (ps_analyze.h).
if(TARGET ps_analysis)
  ps_unit_test(test_analyze SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_analyze.c
    LIBS ps_analysis ps_searcher ps_indexer ps_corpus ps_gazetteer ps_cjk)
  set_target_properties(test_analyze PROPERTIES LINKER_LANGUAGE CXX)
endif()

# Text reuse: winnowing and alignment (ps_reuse.h).
if(TARGET ps_analysis)
  ps_unit_test(test_reuse SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_reuse.c
    LIBS ps_analysis ps_searcher ps_store ps_corpus ps_gazetteer ps_cjk)
  set_target_properties(test_reuse PROPERTIES LINKER_LANGUAGE CXX)
endif()

# Provenance of CSV outputs and charts (provenance.c).
if(TARGET ps_analysis)
  ps_unit_test(test_provenance SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_provenance.c
    LIBS ps_analysis ps_searcher ps_store ps_corpus ps_gazetteer ps_cjk)
  set_target_properties(test_provenance PROPERTIES LINKER_LANGUAGE CXX)
endif()
