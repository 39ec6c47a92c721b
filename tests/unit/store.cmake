# Unit tests for store/: the Xapian wrapper (psx.h).
if(TARGET ps_store)
  ps_unit_test(test_psx SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_psx.c LIBS ps_store)
  set_target_properties(test_psx PROPERTIES LINKER_LANGUAGE CXX)
endif()
