-- Whether a node's path lies under (or is) the node of path prefix. A path is ids and slashes
-- ('/1/7/42/', written by the trigger of V1), so the subtree is exactly the paths from prefix up to
-- prefix || ':' (':' follows the digits and '/'). Written as that range of organization_path_idx's
-- operators, the test stays an index range when PostgreSQL keeps one plan for a statement whatever
-- the prefix (a generic plan): "path like prefix || '%'" could only be an index range for a
-- prefix known when planning, and generic plans read every organization instead.
-- The function is one expression, so PostgreSQL writes it into each query in place of the call.
create function in_subtree(path text, prefix text) returns boolean
    language sql immutable parallel safe
    return path ~>=~ prefix and path ~<~ (prefix || ':');
