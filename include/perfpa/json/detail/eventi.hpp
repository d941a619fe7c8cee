// perfpa — what the library's boost::json::basic_parser handlers share.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_JSON_DETAIL_EVENTI_HPP
#define PERFPA_JSON_DETAIL_EVENTI_HPP

#include <boost/json/basic_parser.hpp>

#include <cstddef>

namespace perfpa::json::detail {

// The parser's default size limits, and the events no handler of the
// library looks at (document bounds, comments, parts of numbers). A handler
// derives from it and adds the events it needs.
struct EventiComuni {
    static constexpr std::size_t max_object_size = BOOST_JSON_MAX_STRUCTURED_SIZE;
    static constexpr std::size_t max_array_size = BOOST_JSON_MAX_STRUCTURED_SIZE;
    static constexpr std::size_t max_key_size = BOOST_JSON_MAX_STRING_SIZE;
    static constexpr std::size_t max_string_size = BOOST_JSON_MAX_STRING_SIZE;

    bool on_document_begin(boost::system::error_code&) { return true; }
    bool on_document_end(boost::system::error_code&) { return true; }
    bool on_comment_part(boost::json::string_view, boost::system::error_code&) { return true; }
    bool on_comment(boost::json::string_view, boost::system::error_code&) { return true; }
    bool on_number_part(boost::json::string_view, boost::system::error_code&) { return true; }
};

} // namespace perfpa::json::detail

#endif
