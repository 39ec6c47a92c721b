# Unit tests for the corpus reader (encoding, HTML, boilerplate, splitting,
# metadata, walking, and the metadata of every bundled document).
if(TARGET ps_corpus)
  foreach(t encoding text meta plans walk formats)
    if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/test_corpus_${t}.c)
      ps_unit_test(test_corpus_${t}
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_corpus_${t}.c
        LIBS ps_corpus ps_parsers) # ps_parsers: test_corpus_formats calls ps_doc_text
      set_property(TEST unit.test_corpus_${t} APPEND PROPERTY LABELS corpus)
    endif()
  endforeach()
endif()
if(TARGET test_corpus_formats)
  # the stand-in reader its sandbox tests run (sandbox_child.c)
  add_executable(sandbox_child ${CMAKE_CURRENT_LIST_DIR}/sandbox_child.c)
  target_compile_definitions(test_corpus_formats PRIVATE
    PS_SANDBOX_CHILD="$<TARGET_FILE:sandbox_child>")
  add_dependencies(test_corpus_formats sandbox_child)
  find_package(Threads REQUIRED)
  target_link_libraries(test_corpus_formats PRIVATE Threads::Threads ${CMAKE_DL_LIBS})
endif()
