# Unit tests for searcher/ (they build their indexes with indexer/).
if(TARGET ps_searcher)
  ps_unit_test(test_query SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_query.c
    LIBS ps_searcher ps_indexer ps_corpus ps_gazetteer ps_cjk)
  set_target_properties(test_query PROPERTIES LINKER_LANGUAGE CXX)
  target_include_directories(test_query PRIVATE ${PROJECT_SOURCE_DIR}/searcher)
  ps_unit_test(test_match SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_match.c
    LIBS ps_searcher ps_indexer ps_corpus ps_gazetteer ps_cjk)
  set_target_properties(test_match PROPERTIES LINKER_LANGUAGE CXX)
  target_include_directories(test_match PRIVATE ${PROJECT_SOURCE_DIR}/searcher)
endif()
if(TARGET ps_searcher)
  ps_unit_test(test_search_property
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_search_property.c
    LIBS ps_searcher ps_indexer ps_corpus ps_gazetteer ps_cjk)
  set_target_properties(test_search_property PROPERTIES LINKER_LANGUAGE CXX)
  ps_unit_test(test_dup SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_dup.c
    LIBS ps_searcher ps_indexer ps_corpus ps_gazetteer ps_cjk)
  set_target_properties(test_dup PROPERTIES LINKER_LANGUAGE CXX)
  target_include_directories(test_dup PRIVATE ${PROJECT_SOURCE_DIR}/searcher)
endif()
if(TARGET ps_searcher)
  ps_unit_test(test_fold_page SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_fold_page.c
    LIBS ps_searcher ps_indexer ps_corpus ps_gazetteer ps_cjk)
  set_target_properties(test_fold_page PROPERTIES LINKER_LANGUAGE CXX)
endif()
