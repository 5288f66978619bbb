# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The OfferDesk developers

# The HOME every test runs with (tests/CMakeLists.txt), as the ctest fixture test_home around them:
#   cmake -DTEST_HOME=folder -DMODE=setup -P TestHome.cmake   empties the folder before the first test;
#   cmake -DTEST_HOME=folder -DMODE=check -P TestHome.cmake   fails, listing them, when files appeared in it.
# A test writes only into its own temporary folders; anything here would have gone into the person's home.
if(NOT TEST_HOME)
    message(FATAL_ERROR "TEST_HOME is not set")
endif()
if(MODE STREQUAL "setup")
    file(REMOVE_RECURSE "${TEST_HOME}")
    file(MAKE_DIRECTORY "${TEST_HOME}")
elseif(MODE STREQUAL "check")
    file(GLOB_RECURSE written LIST_DIRECTORIES true RELATIVE "${TEST_HOME}" "${TEST_HOME}/*")
    if(written)
        list(SORT written)
        list(JOIN written "\n  " listing)
        message(FATAL_ERROR "A test wrote outside its temporary folders, into HOME (${TEST_HOME}):\n  ${listing}")
    endif()
    message(STATUS "Nothing appeared in ${TEST_HOME}")
else()
    message(FATAL_ERROR "MODE must be setup or check, not '${MODE}'")
endif()
