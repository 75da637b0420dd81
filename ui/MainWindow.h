#pragma once
#include <QMainWindow>
namespace outreach {
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
}
