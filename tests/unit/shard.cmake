# Unit tests for shards: the file id hash, --shard I/N, sharded runs.
if(TARGET ps_indexer)
  ps_unit_test(test_shard SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_shard.c
    LIBS ps_indexer ps_corpus ps_gazetteer ps_cjk)
  set_target_properties(test_shard PROPERTIES LINKER_LANGUAGE CXX)
endif()
