# Unit tests for cjk/ (UTF-8, folding, tokenizer, match property).
if(TARGET ps_cjk)
  foreach(t utf8 fold tokenize property opencc)
    ps_unit_test(test_cjk_${t}
      SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cjk_${t}.c
      LIBS ps_cjk)
    set_property(TEST unit.test_cjk_${t} APPEND PROPERTY LABELS cjk)
  endforeach()
  # the compiled fold table against OpenCC's library (ps_cjk_build links it)
  ps_unit_test(test_cjk_table
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cjk_table.c
    LIBS ps_cjk ps_cjk_build)
  set_property(TEST unit.test_cjk_table APPEND PROPERTY LABELS cjk)
endif()
