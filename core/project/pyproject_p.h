#pragma once

// What pyproject.cpp (reading and editing pyproject.toml and uv.toml) and pyprojectschema.cpp
// (validating them) share. Internal to project/.

#include "projecttypes.h"
#include "tomldocument.h"

#include <QCoreApplication>
#include <QString>

#include <initializer_list>
#include <string>
#include <vector>

namespace Envdesk::Core::PyProjectDetail {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Project)
};

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

inline TomlPath uvPath(std::initializer_list<const char *> rest = {})
{
    TomlPath path{std::string("tool"), std::string("uv")};
    for (const char *k : rest)
        path.emplace_back(std::string(k));
    return path;
}

// Checks every field envdesk reads of a pyproject.toml: the first error stops (with file, line
// and column), problems that do not stop work are the warnings returned.
Expected<std::vector<Diagnostic>> validate(const TomlDocument &doc);
// The same for a uv.toml: its indexes and settings at the top level.
Expected<std::vector<Diagnostic>> validateUvToml(const TomlDocument &doc);

} // namespace Envdesk::Core::PyProjectDetail
