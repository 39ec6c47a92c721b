# plansearch serve: API tests (Python's standard library against a real
# server) and browser tests (headless Chromium through Selenium, skipped
# with status 77 when chromium, chromium-driver or python3-selenium is
# missing).  Debian's python3 is named so that its selenium is the one used.
if(TARGET plansearch)
  set(PS_WEB_ENV
    "PLANSEARCH=$<TARGET_FILE:plansearch>"
    "PS_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    "PS_BUILD_DIR=${CMAKE_BINARY_DIR}"
    ${PS_TEST_SANITIZER_ENV})
  add_test(NAME web.api COMMAND /usr/bin/python3 ${CMAKE_CURRENT_LIST_DIR}/api_test.py)
  add_test(NAME web.browser COMMAND /usr/bin/python3 ${CMAKE_CURRENT_LIST_DIR}/browser_test.py)
  set_tests_properties(web.api web.browser PROPERTIES
    LABELS web ENVIRONMENT "${PS_WEB_ENV}" SKIP_RETURN_CODE 77 TIMEOUT 300)
endif()
