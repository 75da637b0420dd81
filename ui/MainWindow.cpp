#include "MainWindow.h"
namespace outreach {
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}
}
