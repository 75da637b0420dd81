// Widgets whose minimum width does not depend on their text, so a long
// translation, a long counter or a long path never makes a layout demand
// more room than the window has (which made the main window widen itself).
//  - ElidedLabel draws "…" where its plain text does not fit and shows the
//    whole text as its tooltip.
//  - CompactToolButton shows its text beside the icon while there is room
//    for it and only the icon (text in the tooltip) when there is not.
#pragma once

#include <QLabel>
#include <QStyleOptionToolButton>
#include <QToolButton>

namespace outreach {

class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    explicit ElidedLabel(const QString &text, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    // True when the last paint had to cut the text.
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

class CompactToolButton : public QToolButton
{
    Q_OBJECT
public:
    explicit CompactToolButton(QWidget *parent = nullptr);

    QSize sizeHint() const override;        // with the text, unless compact
    QSize minimumSizeHint() const override; // icon only
    // Icon only, whatever the room: a parent that knows a neighbour needs
    // the room more (a counter) decides.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    QSize textHint() const { return hintFor(true); }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QSize hintFor(bool withText) const;
    bool m_compact = false;
};

} // namespace outreach
