# End-to-end tests: shell scripts driving the real binary (tests/e2e/lib.sh).
if(TARGET plansearch)
  find_program(PS_JQ jq)
  if(NOT PS_JQ)
    message(FATAL_ERROR "missing dependency 'jq' (end-to-end tests): apt-get install jq")
  endif()
  set(PS_E2E_DB ${CMAKE_BINARY_DIR}/e2e-db)
  # t261: a preloaded shim that kills the process as it renames a compacted
  # index into place (built without sanitizers: it is preloaded, not linked)
  add_library(ps_kill_at_exchange SHARED ${CMAKE_CURRENT_LIST_DIR}/kill_at_exchange.c)
  target_compile_options(ps_kill_at_exchange PRIVATE -fno-sanitize=all)
  target_link_options(ps_kill_at_exchange PRIVATE -fno-sanitize=all)
  target_link_libraries(ps_kill_at_exchange PRIVATE ${CMAKE_DL_LIBS})
  set(PS_E2E_ENV
    "PLANSEARCH=$<TARGET_FILE:plansearch>"
    "PS_E2E_DB=${PS_E2E_DB}"
    "PS_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    "PS_BUILD_DIR=${CMAKE_BINARY_DIR}"
    "PS_KILL_AT_EXCHANGE=$<TARGET_FILE:ps_kill_at_exchange>"
    # messages in English whatever the developer's locale (t550 sets its own)
    "LC_ALL=" "LC_MESSAGES=C" "LANGUAGE="
    ${PS_TEST_SANITIZER_ENV})
  add_test(NAME e2e.setup COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/setup.sh)
  set_tests_properties(e2e.setup PROPERTIES
    FIXTURES_SETUP e2e_db LABELS e2e ENVIRONMENT "${PS_E2E_ENV}")
  file(GLOB PS_E2E_SCRIPTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/t*.sh)
  foreach(script ${PS_E2E_SCRIPTS})
    get_filename_component(name ${script} NAME_WE)
    add_test(NAME e2e.${name} COMMAND bash ${script})
    # 77: a test that cannot run here (t145 without the real pages) skips
    set_tests_properties(e2e.${name} PROPERTIES
      FIXTURES_REQUIRED e2e_db LABELS e2e ENVIRONMENT "${PS_E2E_ENV}"
      SKIP_RETURN_CODE 77)
  endforeach()
  # The two heaviest never run side by side on 2 cores, which keeps the
  # suite's time predictable.  (A failure of t500 once blamed on t225
  # starving its 2,000-page PDF was more likely the reader hanging in a
  # forked copy of the threaded indexer, fixed since by running
  # plansearch-extract: see corpus/formats/sandbox.c.)
  set_tests_properties(e2e.t225-parallel-build e2e.t500-formats PROPERTIES
    RESOURCE_LOCK heavy_cpu)
endif()
