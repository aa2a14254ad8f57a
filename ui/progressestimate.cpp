// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressestimate.h"

#include <algorithm>
#include <cmath>

namespace Pizhu {

namespace {

// Before this much work, or this much time, the pace says little.
constexpr double MinimumFraction = 0.01;
constexpr qint64 MinimumMs = 2000;

} // namespace

void ProgressEstimate::start()
{
    m_clock.start();
}

QString ProgressEstimate::describe(qint64 done, qint64 total) const
{
    return describe(done, total, m_clock.isValid() ? m_clock.elapsed() : 0);
}

QString ProgressEstimate::describe(qint64 done, qint64 total, qint64 elapsedMs)
{
    if (total <= 0)
        return {};
    const double fraction = std::clamp(double(done) / double(total), 0.0, 1.0);
    const int percent = int(std::floor(fraction * 100));
    const QString share = tr("%1 %").arg(percent);
    if (fraction < MinimumFraction || elapsedMs < MinimumMs || fraction >= 1.0)
        return share;
    const double leftSeconds = elapsedMs / 1000.0 * (1.0 - fraction) / fraction;
    QString left;
    if (leftSeconds < 60)
        left = tr("less than a minute left");
    else if (leftSeconds < 90 * 60)
        left = tr("about %n minute(s) left", nullptr, int(std::lround(leftSeconds / 60)));
    else
        left = tr("about %n hour(s) left", nullptr, int(std::lround(leftSeconds / 3600)));
    return tr("%1, %2").arg(share, left);
}

} // namespace Pizhu
