# Unit tests for the gazetteer (corpus/gazetteer.c and its generated table).
if(TARGET ps_gazetteer)
  ps_unit_test(test_gazetteer
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_gazetteer.c
    LIBS ps_gazetteer)
  set_property(TEST unit.test_gazetteer APPEND PROPERTY LABELS corpus)
endif()
