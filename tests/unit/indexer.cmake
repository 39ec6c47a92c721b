# Unit tests for indexing runs: incremental state, removal, the writers'
# lock, transactions, and the consistency check.
if(TARGET ps_indexer)
  ps_unit_test(test_index_run SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_index_run.c
    LIBS ps_indexer ps_corpus ps_gazetteer ps_cjk)
  set_target_properties(test_index_run PROPERTIES LINKER_LANGUAGE CXX)
endif()
