#pragma once

// What pubgrub.cpp (the solver), explanation.cpp (its explanations) and universal.cpp (universal
// resolution) share. Internal to resolve/.

#include "pubgrub.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <string>
#include <vector>

namespace Envdesk::Core::PubGrubDetail {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Resolver)
};

// A range as people write it (explanation.cpp).
std::string rangeText(const VersionRange &range);
// The versions known per project while the solver has an explanation written (explanation.cpp).
extern thread_local const std::map<std::string, std::vector<Version>> *t_known;
// The explanation's wording (explanation.cpp), also in the solver's events.
std::string describeTerms(const std::vector<Term> &terms);

} // namespace Envdesk::Core::PubGrubDetail
